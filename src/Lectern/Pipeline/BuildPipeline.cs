using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Stages.Clean;
using Lectern.Stages.Enrich;
using Lectern.Stages.Layout;
using Lectern.Stages.Link;
using Lectern.Stages.Load;
using Lectern.Stages.Render;
using Lectern.Stages.Write;

namespace Lectern.Pipeline;

/// <summary>
/// Runs the stages in order: Load, then Clean/Render/Enrich per reading (in parallel across
/// readings), then Link and Layout across the site, then Write. Nothing is written unless every
/// stage succeeded, so a failed build leaves the previous output untouched.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var (site, files) = Generate(options, diagnostics);

        var sorted = diagnostics.Sorted();
        var failed = sorted.Any(d => d.IsError || options.Strict);
        if (failed || files is null) return new BuildResult(sorted, [], false, site);

        WriteStage.Execute(options.OutputDir, files);
        return new BuildResult(sorted, files, true, site);
    }

    /// <summary>Every stage but Write: the files the site would consist of, or null when content errors stop the build.</summary>
    public static (Site Site, IReadOnlyList<OutputFile>? Files) Generate(BuildOptions options, DiagnosticBag diagnostics)
    {
        var site = LoadStage.Execute(options.ContentDir, diagnostics);
        var links = SiteLinks.Create(options, site.Config, diagnostics);
        var theme = Theme.Load(options.ResolveThemesDir(), site.Config.Theme, diagnostics);

        var done = 0;
        var readings = site.Readings
            .AsParallel().AsOrdered()
            .Select(reading =>
            {
                var processed = ProcessReading(reading, site, links, diagnostics);
                options.Progress?.Invoke(Interlocked.Increment(ref done), site.Readings.Count);
                return processed;
            })
            .ToList();
        site = site with { Readings = readings };

        if (diagnostics.HasErrors || theme is null) return (site, null);

        var index = LinkStage.Execute(site, diagnostics);
        var files = LayoutStage.Execute(new LayoutContext(theme, site, index, links, diagnostics));
        return (site, diagnostics.HasErrors ? null : files);
    }

    private static Reading ProcessReading(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var cleaned = CleanStage.Execute(reading, diagnostics);
        AnchorLockCheck.Execute(cleaned, diagnostics);
        var rendered = RenderStage.Execute(cleaned);
        return EnrichStage.Execute(rendered, site, links, diagnostics);
    }
}
