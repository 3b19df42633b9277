using System.Diagnostics;

namespace Lectern.Benchmarks.Glossary;

/// <summary>
/// The glossary-matching ratio (1,000 entries against 10 on the same text) measured with the two matchers
/// timed in alternating batches, so a slow spell of a shared machine weighs on both alike; BenchmarkDotNet
/// runs one case after the other, and on a noisy VM its ratio swung from 0.9 to 1.9 between runs.
///   dotnet run -c Release --project tests/Lectern.Benchmarks -- glossary-ratio [rounds]
/// </summary>
public static class GlossaryMatchRatio
{
    private const int BatchSize = 200;

    public static int Run(int rounds)
    {
        var text = File.ReadAllText(BenchmarkInputs.SeedSource);
        var few = GlossaryMatchBenchmarks.Matcher(10);
        var many = GlossaryMatchBenchmarks.Matcher(1000);
        for (var i = 0; i < 5; i++)
        {
            Batch(few, text);
            Batch(many, text);
        }

        var fewTimes = new List<double>();
        var manyTimes = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            fewTimes.Add(Batch(few, text));
            manyTimes.Add(Batch(many, text));
        }
        fewTimes.Sort();
        manyTimes.Sort();
        double Median(List<double> sorted) => sorted[sorted.Count / 2];
        Console.WriteLine("| entries | min (µs) | median (µs) |");
        Console.WriteLine("|---:|---:|---:|");
        Console.WriteLine($"| 10 | {fewTimes[0]:F1} | {Median(fewTimes):F1} |");
        Console.WriteLine($"| 1000 | {manyTimes[0]:F1} | {Median(manyTimes):F1} |");
        Console.WriteLine($"1000 / 10: {manyTimes[0] / fewTimes[0]:F2} (min), {Median(manyTimes) / Median(fewTimes):F2} (median), {rounds} alternating batches of {BatchSize}");
        return 0;
    }

    /// <summary>Microseconds per match of the whole text, over one batch.</summary>
    private static double Batch(Lectern.Glossary.TermMatcher matcher, string text)
    {
        var clock = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < BatchSize; i++) found += matcher.Find(text).Count;
        clock.Stop();
        if (found == 0) throw new InvalidOperationException("the seed text matched no glossary term");
        return clock.Elapsed.TotalMicroseconds / BatchSize;
    }
}
