using System.Runtime.ExceptionServices;
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
/// readings), then Link across the site, then Layout streaming each page into Write's staging
/// folder. The staged build replaces the output only if every stage succeeded, so a failed build
/// leaves the previous output untouched.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var (site, layout) = Prepare(options, diagnostics);
        if (layout is null) return Finish(options, diagnostics, site, null);

        using var output = StagedOutput.Begin(options.OutputDir);
        Exception? writeFailure = null;
        StageGuard.Run("Layout", ContentPaths.Display(layout.Theme.Folder), 0, diagnostics, () =>
        {
            LayoutStage.Execute(layout, file =>
            {
                try
                {
                    output.Write(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Interlocked.CompareExchange(ref writeFailure, ex, null);
                }
            });
            return 0;
        });
        if (writeFailure is not null) ExceptionDispatchInfo.Throw(writeFailure);

        OutputCollisionCheck.Run(output.Paths, ContentPaths.Display(options.OutputDir), diagnostics);
        return Finish(options, diagnostics, site, output);
    }

    /// <summary>Sorts the diagnostics and, when none is an error, swaps the staged output in.</summary>
    private static BuildResult Finish(BuildOptions options, DiagnosticBag diagnostics, Site site, StagedOutput? output)
    {
        var sorted = options.Strict ? diagnostics.Sorted().Select(AsError).ToList() : diagnostics.Sorted();
        if (output is null || sorted.Any(d => d.IsError)) return new BuildResult(sorted, [], false, site);

        output.Commit();
        return new BuildResult(sorted, output.Paths.Order(StringComparer.Ordinal).ToList(), true, site);
    }

    /// <summary>Under <c>--strict</c> a warning is reported, and counted, as an error.</summary>
    private static Diagnostic AsError(Diagnostic d) => d with { Severity = DiagnosticSeverity.Error };

    /// <summary>
    /// Every stage before Layout: the processed site, and what Layout needs to render it, or null when
    /// content errors stop the build.
    /// </summary>
    public static (Site Site, LayoutContext? Layout) Prepare(BuildOptions options, DiagnosticBag diagnostics)
    {
        var contentDir = ContentPaths.Display(options.ContentDir);
        var site = StageGuard.Run("Load", contentDir, new Site(new SiteConfig(), Glossary.GlossaryIndex.Empty, []), diagnostics,
            () => LoadStage.Execute(options.ContentDir, diagnostics));
        // The theme (parsing its templates) loads while the readings are processed: it costs as much as many readings.
        var themesDir = options.ResolveThemesDir();
        var themeLoad = Task.Run(() => StageGuard.Run("Layout", ContentPaths.Display(themesDir), null, diagnostics,
            () => Theme.Load(themesDir, site.Config.Theme, diagnostics)));
        var links = SiteLinks.Create(options, site.Config, diagnostics);

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

        var theme = themeLoad.Result;
        if (diagnostics.HasErrors || theme is null) return (site, null);
        return (site, new LayoutContext(theme, site, LinkStage.Execute(site, diagnostics), links, diagnostics));
    }

    private static Reading ProcessReading(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var cleaned = StageGuard.Run("Clean", reading.SourcePath, reading, diagnostics, () => CleanStage.Execute(reading, diagnostics));
        StageGuard.Run("Clean", reading.SourcePath, 0, diagnostics, () => { AnchorLockCheck.Execute(cleaned, diagnostics); return 0; });
        var rendered = StageGuard.Run("Render", reading.SourcePath, cleaned, diagnostics, () => RenderStage.Execute(cleaned));
        return StageGuard.Run("Enrich", reading.SourcePath, rendered, diagnostics, () => EnrichStage.Execute(rendered, site, links, diagnostics));
    }
}
