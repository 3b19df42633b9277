using BenchmarkDotNet.Attributes;
using Lectern.Stages.Enrich;

namespace Lectern.Benchmarks.Stages;

/// <summary>
/// The Enrich stage on the seed reading: the one parse alone, then the parse followed by the passes
/// up to and including each pass in turn; a pass costs the difference from the row before it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EnrichBenchmarks
{
    private SeedPipelineState _state = null!;

    public static IEnumerable<string> Steps() =>
        EnrichStage.Passes.Select((p, i) => $"{i + 1}:{p.GetType().Name}").Prepend("0:parse only");

    [ParamsSource(nameof(Steps))]
    public string Through { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _state = new SeedPipelineState();

    [Benchmark]
    public int ParseAndRunPasses()
    {
        var count = int.Parse(Through[..Through.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture);
        var context = EnrichStage.Parse(_state.Rendered, _state.Site, _state.Links, _state.Diagnostics);
        for (var i = 0; i < count; i++) EnrichStage.Passes[i].Apply(context);
        return context.Paragraphs.Count;
    }
}

/// <summary>The whole Enrich stage on the seed reading: parse, every pass, and serialisation.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EnrichStageBenchmarks
{
    private SeedPipelineState _state = null!;

    [GlobalSetup]
    public void Setup() => _state = new SeedPipelineState();

    [Benchmark]
    public string? WholeStage() => EnrichStage.Execute(_state.Rendered, _state.Site, _state.Links, _state.Diagnostics).BodyHtml;
}
