using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Benchmarks.Corpus;

/// <summary>The seed reading, cleaned once: the material every generated reading is made from.</summary>
public static class SeedReport
{
    private static readonly Lazy<CleanText> Clean = new(() => TextCleaner.Clean(File.ReadAllText(BenchmarkInputs.SeedSource)).Text);

    public static CleanText Text => Clean.Value;

    public static string ContentDir => Path.Combine(BenchmarkInputs.Root, "content");

    public static string ReadingDir => Path.GetDirectoryName(BenchmarkInputs.SeedSource)!;
}
