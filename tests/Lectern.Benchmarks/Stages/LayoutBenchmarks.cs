using BenchmarkDotNet.Attributes;
using Lectern.Documents;
using Lectern.Stages.Layout;

namespace Lectern.Benchmarks.Stages;

/// <summary>The Layout stage for a one-reading site: every page and the asset bundle.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LayoutBenchmarks
{
    private SeedPipelineState _state = null!;

    [GlobalSetup]
    public void Setup() => _state = new SeedPipelineState();

    [Benchmark]
    public int AllPages()
    {
        var files = new OutputFiles();
        LayoutStage.SiteFiles(_state.Layout, files);
        Parallel.ForEach(_state.Layout.Index.ReadingsInOrder, reading => LayoutStage.WriteReadingFiles(_state.Layout, reading, files));
        return LayoutStage.ThemeFiles(_state.Layout).Count() + files.Files.Count;
    }
}
