using BenchmarkDotNet.Attributes;
using Lectern.Diagnostics;
using Lectern.Stages.Clean.Pdf;
using UglyToad.PdfPig.Writer;

namespace Lectern.Benchmarks;

/// <summary>
/// Reading and cleaning a PDF against its length: the KCNA speech of the clean tests (8 pages, groff) as it is, and
/// repeated to about 100 pages. The goal: a 100-page PDF read and cleaned in under a second, time growing linearly.
/// </summary>
[MemoryDiagnoser]
[GcServer(false), GcConcurrent(false)] // the workstation collector without background collections, as the CLI runs (Lectern.Cli.csproj)
public class PdfBenchmarks
{
    [Params(1, 13)]
    public int Copies { get; set; }

    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        var one = File.ReadAllBytes(BenchmarkInputs.Pdf);
        _pdf = Copies == 1 ? one : PdfMerger.Merge(Enumerable.Repeat(one, Copies).ToArray());
    }

    [Benchmark]
    public int ReadAndClean()
    {
        var pdf = PdfReader.Read(_pdf, "speech.pdf", new DiagnosticBag()) ?? throw new InvalidOperationException("the benchmark's PDF did not read");
        return PdfCleaner.Clean(PdfSourceText.Of(pdf)).Text.Paragraphs.Count;
    }
}
