using BenchmarkDotNet.Attributes;
using Lectern.Documents;
using Lectern.Stages.Render;

namespace Lectern.Benchmarks.Stages;

/// <summary>Markdig rendering of the seed reading's cleaned text.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RenderBenchmarks
{
    private Reading _cleaned = null!;

    [GlobalSetup]
    public void Setup() => _cleaned = new SeedPipelineState().Cleaned;

    [Benchmark]
    public string? RenderSeed() => RenderStage.Execute(_cleaned).BodyHtml;
}
