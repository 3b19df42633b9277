using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Lectern.Benchmarks.Corpus;

namespace Lectern.Benchmarks.Scale;

/// <summary>
/// Times the editor's loop at library scale, side by side with Hugo: <c>lectern serve</c> (the published CLI) and
/// <c>hugo server</c> each watch a library of N readings; one file of one reading is saved, again and again, and
/// the time from the save to the tool's rebuilt log line is taken (for Lectern also to the reload event an open
/// page receives). Lectern's edit changes one note of a copy of the real reading; Hugo's, one paragraph of the
/// same reading's page. Medians over the edits.
/// </summary>
public static class PreviewRunner
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static int Run(int readings, int edits)
    {
        var cli = ScaleRunner.CliPath;
        if (cli is null) return 2;
        var work = Path.Combine(Path.GetTempPath(), "lectern-preview", "run-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var content = Path.Combine(work, "content");
        CorpusGenerator.Generate(content, readings, realCopies: 10);
        var themes = Path.Combine(BenchmarkInputs.Root, "themes");

        var notes = Path.Combine(content, "readings", CorpusGenerator.RealCopySlug(1), "reading.yml");
        var lectern = Time(cli, ["serve", "--content", content, "--output", Path.Combine(work, "site"), "--themes", themes, "--port", "0"],
            ready: line => line.StartsWith("Serving ", StringComparison.Ordinal), rebuilt: line => line.StartsWith("Built ", StringComparison.Ordinal),
            file: notes, edit: (text, i) => ReplaceOnce(text, "is the report's refrain", $"is the report's refrain ({i})", i), edits, events: true);

        TimeSpan? hugoMedian = null;
        if (ProcessTimer.Exists("hugo"))
        {
            var hugoSite = Path.Combine(work, "hugo");
            HugoSiteWriter.Write(content, hugoSite);
            var page = Path.Combine(hugoSite, "content", "readings", CorpusGenerator.RealCopySlug(1) + ".md");
            hugoMedian = Time("hugo", ["server", "--source", hugoSite, "--bind", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture)],
                ready: line => line.Contains("Web Server is available", StringComparison.Ordinal), rebuilt: line => line.StartsWith("Total in ", StringComparison.Ordinal),
                file: page, edit: (text, i) => ReplaceOnce(text, "elite force", $"elite force ({i})", i), edits, events: false).Rebuilt;
        }

        Console.WriteLine($"Preview of {readings:N0} readings, median of {edits} saves of one file:");
        Console.WriteLine("| tool | save to rebuilt log line (s) | save to reload event (s) | lectern / hugo |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| lectern serve | {Seconds(lectern.Rebuilt)} | {Seconds(lectern.Reload!.Value)} | {(hugoMedian is { } h ? (lectern.Rebuilt / h).ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} |");
        Console.WriteLine($"| hugo server | {(hugoMedian is { } hugo ? Seconds(hugo) : "n/a")} | n/a | |");
        Directory.Delete(work, recursive: true);
        return 0;
    }

    /// <summary>Starts the server, saves <paramref name="file"/> <paramref name="edits"/> times, and returns the median times to the rebuilt line and the reload event.</summary>
    private static (TimeSpan Rebuilt, TimeSpan? Reload) Time(string command, string[] args, Func<string, bool> ready, Func<string, bool> rebuilt,
        string file, Func<string, int, string> edit, int edits, bool events)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var lines = Channel.CreateUnbounded<(string Line, long At)>();
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line) lines.Writer.TryWrite((line, Stopwatch.GetTimestamp()));
        });
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var serving = Next(lines, ready);
            var reloads = Channel.CreateUnbounded<long>();
            using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            if (events) _ = ListenAsync(client, Url(serving.Line) + "__lectern/events", reloads);
            Thread.Sleep(2000);

            var rebuiltTimes = new List<TimeSpan>();
            var reloadTimes = new List<TimeSpan>();
            for (var i = 1; i <= edits; i++)
            {
                while (lines.Reader.TryRead(out _)) { }
                while (reloads.Reader.TryRead(out _)) { }
                File.WriteAllText(file, edit(File.ReadAllText(file), i));
                var saved = Stopwatch.GetTimestamp();
                rebuiltTimes.Add(Stopwatch.GetElapsedTime(saved, Next(lines, rebuilt).At));
                if (events) reloadTimes.Add(Stopwatch.GetElapsedTime(saved, reloads.Reader.ReadAsync().AsTask().WaitAsync(Patience).Result));
                Thread.Sleep(1500);
            }
            return (Median(rebuiltTimes), events ? Median(reloadTimes) : null);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>Reads the reload channel's events, noting when each reload arrives.</summary>
    private static async Task ListenAsync(HttpClient client, string url, Channel<long> reloads)
    {
        using var stream = await client.GetStreamAsync(url);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
            if (line == "event: reload") reloads.Writer.TryWrite(Stopwatch.GetTimestamp());
    }

    private static (string Line, long At) Next(Channel<(string Line, long At)> lines, Func<string, bool> match)
    {
        while (true)
        {
            var next = lines.Reader.ReadAsync().AsTask().WaitAsync(Patience).Result;
            if (match(next.Line)) return next;
        }
    }

    /// <summary>The URL in <c>Serving DIR at URL; ...</c>, ending with a slash.</summary>
    private static string Url(string serving)
    {
        var at = serving.LastIndexOf(" at ", StringComparison.Ordinal) + 4;
        var url = serving[at..serving.IndexOf(';', at)];
        return url.EndsWith('/') ? url : url + "/";
    }

    /// <summary>The text with the edit of save <paramref name="i"/> in place of the last one's.</summary>
    private static string ReplaceOnce(string text, string original, string edited, int i)
    {
        var previous = i == 1 ? original : edited.Replace($"({i})", $"({i - 1})", StringComparison.Ordinal);
        if (!text.Contains(previous, StringComparison.Ordinal)) throw new InvalidOperationException($"'{previous}' is not in the file");
        var at = text.IndexOf(previous, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), edited, text.AsSpan(at + previous.Length));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
