using System.Globalization;
using Lectern.Benchmarks.Corpus;
using Lectern.Benchmarks.Scale;
using Lectern.Browser.Tests.Support;
using Lectern.Cli.Serving;
using Microsoft.Playwright;

namespace Lectern.Benchmarks.Search;

/// <summary>
/// How fast the site search answers in a large library (docs/search.md): a generated library of N readings is
/// built with the published CLI, served on 127.0.0.1 by the same Kestrel server as <c>lectern serve</c>, and
/// searched in Debian's Chromium. After a first query that loads the script and the index's meta, every query of
/// <see cref="SearchQueries"/> is typed at a person's pace and, separately, entered at once (a paste), in
/// each of several fresh pages; the table gives each query's median and max.
/// </summary>
public static class SearchRunner
{
    /// <summary>A quick typist's pause between keys.</summary>
    public const int KeyDelayMs = 120;

    private const string WarmUpQuery = "korea";

    public static async Task<int> RunAsync(int readings, int rounds)
    {
        if (ScaleRunner.CliPath is not { } cli) return 2;
        if (!Chromium.IsInstalled)
        {
            Console.Error.WriteLine(Chromium.MissingMessage);
            return 2;
        }
        var work = Path.Combine(Path.GetTempPath(), "lectern-search-bench");
        var content = Path.Combine(work, "content");
        var site = Path.Combine(work, "site");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        CorpusGenerator.Generate(content, readings);
        ProcessTimer.Run(cli, "build", "--content", content, "--output", site, "--themes", Path.Combine(BenchmarkInputs.Root, "themes"));
        var queries = SearchQueries.Choose(site, "reading-0001", pairs: 6);
        var loadBefore = LoadAverage();

        var typed = queries.ToDictionary(q => q.Text, _ => new List<QueryMeasure>());
        var pasted = queries.ToDictionary(q => q.Text, _ => new List<QueryMeasure>());
        await using (var server = await StaticSiteServer.StartAsync(site, "/"))
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            for (var round = 0; round < rounds; round++)
                foreach (var (mode, results, delay) in new[] { ("typed", typed, KeyDelayMs), ("pasted", pasted, 0) })
                {
                    // A fresh context per round and mode: nothing cached but what the warm-up query fetched.
                    await using var context = await browser.NewContextAsync();
                    var probe = await SearchProbe.OpenAsync(context, server.Url);
                    await probe.MeasureAsync(WarmUpQuery, 0);
                    foreach (var query in queries) results[query.Text].Add(await probe.MeasureAsync(query.Text, delay));
                    Console.Error.WriteLine($"round {round + 1} of {rounds}, {mode}: done");
                }
        }

        Console.WriteLine($"Search in {readings:N0} generated readings: {queries.Count} queries x {rounds} fresh pages, after a first query; " +
            $"load average {loadBefore} before, {LoadAverage()} after.");
        Console.WriteLine($"Typed: a key every {KeyDelayMs} ms, timed from the last key's input event (\"key\") and from the start of the search it ran (\"search\"); " +
            "pasted: one input event. Times are to the frame that paints the results; median (max) in ms. KB: response bodies downloaded for the query (typed).");
        var compressed = typed.Values.Concat(pasted.Values).SelectMany(m => m).Any(m => m.Compressed);
        Console.WriteLine(compressed ? "The server compressed some responses: KB are bytes sent." : "The server sends no Content-Encoding: KB are the files' own sizes.");
        Console.WriteLine("| query | kind | typed: key | typed: search | pasted: input | pasted: search | requests (typed) | KB (typed) | KB (pasted) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var t = typed[query.Text];
            var p = pasted[query.Text];
            Console.WriteLine($"| `{query.Text}` | {query.Kind} | {Ms(t, m => m.FromInputMs)} | {Ms(t, m => m.FromSearchMs)} | {Ms(p, m => m.FromInputMs)} | " +
                $"{Ms(p, m => m.FromSearchMs)} | {Median(t.Select(m => (double)m.Requests)):0} | {Kb(t)} | {Kb(p)} |");
        }
        var allTyped = typed.Values.SelectMany(m => m).ToList();
        var allPasted = pasted.Values.SelectMany(m => m).ToList();
        Console.WriteLine($"| all {queries.Count} queries | | {Ms(allTyped, m => m.FromInputMs)} | {Ms(allTyped, m => m.FromSearchMs)} | {Ms(allPasted, m => m.FromInputMs)} | " +
            $"{Ms(allPasted, m => m.FromSearchMs)} | {Median(allTyped.Select(m => (double)m.Requests)):0} | {Kb(allTyped)} | {Kb(allPasted)} |");
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static string Ms(IReadOnlyList<QueryMeasure> measures, Func<QueryMeasure, double> of) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(measures.Select(of)):0} ({measures.Max(of):0})");

    /// <summary>Median (max) of the kilobytes downloaded.</summary>
    private static string Kb(IReadOnlyList<QueryMeasure> measures) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(measures.Select(m => m.Bytes / 1024.0)):0} ({measures.Max(m => m.Bytes) / 1024.0:0})");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The 1-minute load average (Linux), or "n/a".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
