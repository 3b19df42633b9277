using BenchmarkDotNet.Attributes;
using Lectern.Diagnostics;
using Lectern.Glossary;
using Lectern.Stages.Load;

namespace Lectern.Benchmarks.Glossary;

/// <summary>
/// The term matcher's cost should follow the text, not the glossary: the same text (the seed
/// reading) against the same 10 real entries, alone and among 990 synthetic ones.
///   dotnet run -c Release --project tests/Lectern.Benchmarks -- --filter '*GlossaryMatch*'
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class GlossaryMatchBenchmarks
{
    private string _text = "";
    private TermMatcher _matcher = null!;

    [Params(10, 1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchmarkInputs.SeedSource);
        _matcher = Matcher(Entries);
    }

    /// <summary>The seed's 10 first real entries and <paramref name="entries"/> - 10 synthetic ones.</summary>
    internal static TermMatcher Matcher(int entries)
    {
        var real = GlossaryLoader.Load(Path.Combine(BenchmarkInputs.Root, "content", "glossary.yml"), new DiagnosticBag()).Entries.Take(10);
        return new TermMatcher(real.Concat(Synthetic(entries - 10)));
    }

    [Benchmark]
    public int FindTerms() => _matcher.Find(_text).Count;

    /// <summary>Entries of one to three pronounceable made-up words, some sharing prefixes with English words.</summary>
    private static IEnumerable<GlossaryEntry> Synthetic(int count)
    {
        var random = new Random(20210629);
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        string Word()
        {
            var chars = new char[random.Next(2, 5) * 2];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
            return new string(chars);
        }
        for (var i = 0; i < count; i++)
        {
            var term = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word()));
            yield return new GlossaryEntry { Id = "synthetic-" + i, Term = term, Forms = [term + "s"], CaseSensitive = i % 2 == 0, Definition = "x" };
        }
    }
}
