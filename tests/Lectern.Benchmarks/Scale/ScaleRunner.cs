using System.Globalization;
using System.Text.RegularExpressions;
using Lectern.Benchmarks.Corpus;

namespace Lectern.Benchmarks.Scale;

/// <summary>
/// Times whole builds of generated libraries of 1, 100 and 1,000 readings with the published CLI,
/// as a separate process like a user runs it, and, where Hugo is installed, Hugo's build of the
/// same cleaned readings, side by side: each into an empty folder, and each over its own last output (the same
/// content built again into the same folder, where Lectern keeps what its last build recorded). Medians of the runs.
/// </summary>
public static partial class ScaleRunner
{
    /// <summary>The published CLI; null, with the command that publishes it on stderr, when it is missing.</summary>
    public static string? CliPath
    {
        get
        {
            var cli = Path.Combine(BenchmarkInputs.Root, PublishedCli);
            if (File.Exists(cli)) return cli;
            Console.Error.WriteLine($"Publish the CLI first, as build.ps1 -Target Bench does: {PublishCommand} (missing {cli})");
            return null;
        }
    }

    public static int Run(IReadOnlyList<int> sizes, int runs)
    {
        if (CliPath is not { } cli) return 2;
        var scale = Path.Combine(Path.GetTempPath(), "lectern-scale");
        var work = Path.Combine(scale, "run-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var themes = Path.Combine(BenchmarkInputs.Root, "themes");
        var hugo = ProcessTimer.Exists("hugo");

        // Nothing is deleted while the benchmark runs: ext4 avoids reusing inodes freed in the last minute
        // or so, and finding a free one past thousands of just-deleted files made creating files cost up
        // to a third of a build (perf: recently_deleted in __ext4_new_inode), charged to whichever tool
        // creates more files. So every corpus is generated, and every build, Lectern's and Hugo's, writes,
        // into a new, empty folder (the whole build, nothing reused); this run's outputs and earlier runs'
        // folders are deleted at the end, and this run's corpora are kept for profiling.
        var outputs = Path.Combine(work, "out");

        // Two Hugo builds of the same readings: the main comparison, with Hugo making only the kinds of page
        // Lectern makes, and Hugo with its default configuration (RSS feeds and taxonomy pages on).
        // Each tool is also timed building over its own last output, as an editor rebuilds: the same folder every run
        // (there, deleting the last output's files is part of what is timed, as it is for the editor).
        Console.WriteLine("| readings | lectern build (s) | ms per reading | peak memory (MiB) | hugo (s) | lectern / hugo | hugo, default config (s) | lectern / hugo, default config | lectern over its last output (s) | hugo over its last output (s) | lectern / hugo, over last output |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var content = Path.Combine(work, $"content-{n}");
            CorpusGenerator.Generate(content, n);
            var hugoSite = Path.Combine(work, $"hugo-{n}");
            var hugoDefaultSite = Path.Combine(work, $"hugo-default-{n}");
            if (hugo)
            {
                HugoSiteWriter.Write(content, hugoSite);
                HugoSiteWriter.Write(content, hugoDefaultSite, hugoDefaults: true);
            }

            // Runs alternate between the two tools, so a slow moment of the machine does not favour either.
            var lecternAgain = Path.Combine(outputs, $"{n}", "lectern-again");
            var hugoAgain = Path.Combine(outputs, $"{n}", "hugo-again");
            ProcessTimer.Run(cli, "build", "--content", content, "--output", lecternAgain, "--themes", themes);
            if (hugo) ProcessTimer.Run("hugo", "--quiet", "--source", hugoSite, "--destination", hugoAgain);
            var lecternAgainRuns = new List<TimeSpan>();
            var hugoAgainRuns = new List<TimeSpan>();
            var lecternRuns = new List<(TimeSpan Elapsed, int PeakMiB)>();
            var hugoRuns = new List<TimeSpan>();
            var hugoDefaultRuns = new List<TimeSpan>();
            for (var run = 0; run < runs; run++)
            {
                var site = Path.Combine(outputs, $"{n}", $"lectern-{run}");
                var (elapsed, output) = ProcessTimer.Run(cli, "build", "--content", content, "--output", site, "--themes", themes);
                lecternRuns.Add((elapsed, PeakMemory(output)));
                lecternAgainRuns.Add(ProcessTimer.Run(cli, "build", "--content", content, "--output", lecternAgain, "--themes", themes).Elapsed);
                if (!hugo) continue;
                hugoAgainRuns.Add(ProcessTimer.Run("hugo", "--quiet", "--source", hugoSite, "--destination", hugoAgain).Elapsed);
                hugoRuns.Add(ProcessTimer.Run("hugo", "--quiet", "--source", hugoSite, "--destination", Path.Combine(outputs, $"{n}", $"hugo-{run}")).Elapsed);
                hugoDefaultRuns.Add(ProcessTimer.Run("hugo", "--quiet", "--source", hugoDefaultSite, "--destination", Path.Combine(outputs, $"{n}", $"hugo-default-{run}")).Elapsed);
            }

            var lectern = lecternRuns.OrderBy(r => r.Elapsed).ElementAt(lecternRuns.Count / 2);
            Console.WriteLine($"| {n} | {Seconds(lectern.Elapsed)} | {(lectern.Elapsed.TotalMilliseconds / n).ToString("0.00", CultureInfo.InvariantCulture)} | {lectern.PeakMiB} | " +
                $"{Comparison(lectern.Elapsed, hugoRuns)} | {Comparison(lectern.Elapsed, hugoDefaultRuns)} | " +
                $"{Seconds(Median(lecternAgainRuns))} | {Comparison(Median(lecternAgainRuns), hugoAgainRuns)} |");
        }
        DeleteIfExists(outputs);
        foreach (var earlier in Directory.GetDirectories(scale, "run-*").Where(d => d != work)) DeleteIfExists(earlier);
        Console.WriteLine($"Corpora kept in {work}; leave a minute before the next run, for the file system's sake.");
        return 0;
    }

    /// <summary>The CLI as published for this platform: compiled ahead of time (Native AOT, see Lectern.Cli.csproj).</summary>
    private static readonly string PublishedCli = OperatingSystem.IsWindows() ? "artifacts/lectern/Lectern.Cli.exe" : "artifacts/lectern/Lectern.Cli";

    private const string PublishCommand = "dotnet publish src/Lectern.Cli -c Release --use-current-runtime -o artifacts/lectern";

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static int PeakMemory(string output)
    {
        var match = PeakPattern().Match(output);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>Hugo's median time and Lectern's median over it, as two table cells; "n/a" where Hugo is not installed.</summary>
    private static string Comparison(TimeSpan lectern, IReadOnlyList<TimeSpan> hugoRuns)
    {
        if (hugoRuns.Count == 0) return "n/a | n/a";
        var median = Median(hugoRuns);
        return $"{Seconds(median)} | {(lectern.TotalSeconds / median.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The middle run (of an even number, the slower of the two middle ones): on a shared machine one lucky run says little.</summary>
    private static TimeSpan Median(IReadOnlyList<TimeSpan> runs) => runs.Order().ElementAt(runs.Count / 2);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"peak memory (\d+) MiB")]
    private static partial Regex PeakPattern();
}
