using System.Globalization;
using System.Text;

namespace Lectern.Benchmarks.Corpus;

/// <summary>The real glossary, padded with synthetic entries up to a size, for scaling the term matcher.</summary>
public static class ScaledGlossary
{
    public static string Build(int totalEntries)
    {
        var real = File.ReadAllText(Path.Combine(SeedReport.ContentDir, "glossary.yml"));
        var existing = real.Split('\n').Count(l => l.StartsWith("- id:", StringComparison.Ordinal));
        var sb = new StringBuilder(real.TrimEnd()).Append("\n\n");
        for (var i = existing; i < totalEntries; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sb.Append("- id: synthetic-").Append(n).Append('\n')
              .Append("  term: Synthetic Council ").Append(Word(i)).Append('\n')
              .Append("  forms: [Synthetic Councils ").Append(Word(i)).Append(", SC").Append(n).Append("]\n")
              .Append("  definition: A generated entry for benchmarks.\n")
              .Append("  sources:\n    - title: Lectern benchmarks\n      url: https://example.org/lectern-benchmarks\n");
        }
        return sb.ToString();
    }

    /// <summary>A letters-only word per number, so synthetic terms share prefixes like real ones.</summary>
    public static string Word(int n)
    {
        var sb = new StringBuilder("Q");
        do { sb.Append((char)('a' + n % 26)); n /= 26; } while (n > 0);
        return sb.ToString();
    }
}
