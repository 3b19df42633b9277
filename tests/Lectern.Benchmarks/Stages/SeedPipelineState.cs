using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Stages.Clean;
using Lectern.Stages.Enrich;
using Lectern.Stages.Layout;
using Lectern.Stages.Link;
using Lectern.Stages.Load;
using Lectern.Stages.Render;

namespace Lectern.Benchmarks.Stages;

/// <summary>The repository's real content, loaded and taken through the stages once, as input for stage benchmarks.</summary>
public sealed class SeedPipelineState
{
    public SeedPipelineState()
    {
        Diagnostics = new DiagnosticBag();
        var loaded = LoadStage.Execute(Path.Combine(BenchmarkInputs.Root, "content"), Diagnostics);
        Links = new LinkBuilder("/", loaded.Config.BaseUrl);
        Loaded = loaded.Readings.Single(r => r.Slug == "report-2021-06-29-politburo");
        Cleaned = CleanStage.Execute(Loaded, Diagnostics);
        Rendered = RenderStage.Execute(Cleaned);
        Site = loaded with { Readings = [Rendered] };
        Enriched = EnrichStage.Execute(Rendered, Site, Links, Diagnostics);
        var finished = Site with { Readings = [Enriched] };
        Layout = new LayoutContext(Theme.Load(Path.Combine(BenchmarkInputs.Root, "themes"), "default", Diagnostics)!,
            finished, LinkStage.Execute(finished), Links, Diagnostics);
    }

    public DiagnosticBag Diagnostics { get; }
    public LinkBuilder Links { get; }
    public Site Site { get; }
    public Reading Loaded { get; }
    public Reading Cleaned { get; }
    public Reading Rendered { get; }
    public Reading Enriched { get; }
    public LayoutContext Layout { get; }
}
