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

        var sorted = options.Strict ? diagnostics.Sorted().Select(AsError).ToList() : diagnostics.Sorted();
        var failed = sorted.Any(d => d.IsError);
        if (failed || files is null) return new BuildResult(sorted, [], false, site);

        WriteStage.Execute(options.OutputDir, files);
        return new BuildResult(sorted, files, true, site);
    }

    /// <summary>Under <c>--strict</c> a warning is reported, and counted, as an error.</summary>
    private static Diagnostic AsError(Diagnostic d) => d with { Severity = DiagnosticSeverity.Error };

    /// <summary>Every stage but Write: the files the site would consist of, or null when content errors stop the build.</summary>
    public static (Site Site, IReadOnlyList<OutputFile>? Files) Generate(BuildOptions options, DiagnosticBag diagnostics)
    {
        var contentDir = ContentPaths.Display(options.ContentDir);
        var site = StageGuard.Run("Load", contentDir, new Site(new SiteConfig(), Glossary.GlossaryIndex.Empty, []), diagnostics,
            () => LoadStage.Execute(options.ContentDir, diagnostics));
        var links = SiteLinks.Create(options, site.Config, diagnostics);
        var theme = StageGuard.Run("Layout", ContentPaths.Display(options.ResolveThemesDir()), null, diagnostics,
            () => Theme.Load(options.ResolveThemesDir(), site.Config.Theme, diagnostics));

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

        var files = StageGuard.Run<IReadOnlyList<OutputFile>?>("Layout", ContentPaths.Display(theme.Folder), null, diagnostics,
            () => LayoutStage.Execute(new LayoutContext(theme, site, LinkStage.Execute(site, diagnostics), links, diagnostics)));
        if (files is not null) OutputCollisionCheck.Run(files, ContentPaths.Display(options.OutputDir), diagnostics);
        return (site, diagnostics.HasErrors ? null : files);
    }

    private static Reading ProcessReading(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var cleaned = StageGuard.Run("Clean", reading.SourcePath, reading, diagnostics, () => CleanStage.Execute(reading, diagnostics));
        StageGuard.Run("Clean", reading.SourcePath, 0, diagnostics, () => { AnchorLockCheck.Execute(cleaned, diagnostics); return 0; });
        var rendered = StageGuard.Run("Render", reading.SourcePath, cleaned, diagnostics, () => RenderStage.Execute(cleaned));
        return StageGuard.Run("Enrich", reading.SourcePath, rendered, diagnostics, () => EnrichStage.Execute(rendered, site, links, diagnostics));
    }
}
