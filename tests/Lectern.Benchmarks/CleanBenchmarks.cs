using BenchmarkDotNet.Attributes;
using Lectern.Stages.Clean;

namespace Lectern.Benchmarks;

/// <summary>
/// Cleaning time against input size: the seed report's extraction as it is (about 12 KB, what
/// <c>CleanStage</c> costs per reading), and repeated to about 100 KB and 1 MB; and a structured document (the UN
/// Charter variant of the test documents: chapter, section and article headings, numbered and lettered items)
/// repeated as further pages to the same sizes. Time should grow linearly (about 10x from 100 KB to 1 MB).
/// </summary>
[MemoryDiagnoser]
[GcServer(false), GcConcurrent(false)] // the workstation collector without background collections, as the CLI runs (Lectern.Cli.csproj)
public class CleanBenchmarks
{
    [Params(12_000, 100_000, 1_000_000)]
    public int Bytes { get; set; }

    [Params("seed", "structured")]
    public string Document { get; set; } = "seed";

    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = Document == "structured" ? Structured(Bytes) : Seed(Bytes);

    private static string Seed(int bytes)
    {
        var seed = File.ReadAllText(BenchmarkInputs.SeedSource);
        var body = seed[..seed.LastIndexOf("-0-", StringComparison.Ordinal)];
        var sb = new System.Text.StringBuilder(body);
        while (sb.Length < bytes) sb.Append("\n\n \f").Append(body[(body.IndexOf("The current", StringComparison.Ordinal))..]);
        return sb.Append("-0-\n").ToString();
    }

    private static string Structured(int bytes)
    {
        var document = File.ReadAllText(BenchmarkInputs.StructuredDocument);
        var sb = new System.Text.StringBuilder(document);
        while (sb.Length < bytes) sb.Append('\f').Append(document);
        return sb.ToString();
    }

    [Benchmark]
    public int Clean() => TextCleaner.Clean(_text).Text.Blocks.Count;
}
