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
/// Runs the stages: Load of the site's settings and glossary; then, per reading and in parallel across
/// readings, Load of the reading, Clean, Render, Enrich and the Layout of the reading's own pages, written
/// at once into Write's staging folder; then Link and the site-wide pages. A reading keeps only what the site-wide pages need once its pages are written. The
/// staged build replaces the output only if every stage succeeded, so a failed build leaves the previous
/// output untouched.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (BeginOutput(options, diagnostics) is not { } output) return Finish(options, diagnostics, Site.Empty, null);
        using (output) return Run(options, output, diagnostics);
    }

    /// <summary>The staged output, once the output folder is found to be Lectern's to replace and this build holds its lock; else null, with the error.</summary>
    private static StagedOutput? BeginOutput(BuildOptions options, DiagnosticBag diagnostics)
    {
        OutputPlacement.Check(options, diagnostics);
        if (diagnostics.HasErrors) return null;
        try
        {
            return StagedOutput.Begin(options.OutputDir);
        }
        catch (ContentException refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
    }

    private static BuildResult Run(BuildOptions options, StagedOutput output, DiagnosticBag diagnostics)
    {
        var parser = Task.Run(Theme.WarmUp);
        // Otherwise the first reading on each thread would wait for the word list that the other one loads.
        _ = Task.Run(WordList.WarmUp);
        var (site, folders) = StageGuard.Run("Load", ContentPaths.Display(options.ContentDir),
            (Site.Empty, (IReadOnlyList<ReadingFolder>)[]), diagnostics,
            () => LoadStage.Begin(options.ContentDir, diagnostics));
        var links = SiteLinks.Create(options, site.Config, diagnostics);

        var writer = new FailureCapturingWriter(output);

        // The theme (parsing its templates, then minifying its assets) is made while the first readings
        // are cleaned and enriched; reading pages wait for the templates only.
        var themesDir = options.ResolveThemesDir();
        var layout = new Lazy<LayoutContext?>(() =>
        {
            if (StageGuard.Run("Layout", ContentPaths.Display(themesDir), null, diagnostics, () => Theme.Load(themesDir, site.Config.Theme, diagnostics)) is not { } theme) return null;
            ReservedIdCheck.CheckGlossary(site.Glossary, theme.Ids, diagnostics);
            return new LayoutContext(theme, site, null, links, diagnostics);
        });
        var themeFiles = parser.ContinueWith(_ => WriteThemeFiles(layout.Value, writer, diagnostics));

        // Each reading is read when it is processed, so the reading of one overlaps the work on another and
        // its source and notes are collected once its pages are written.
        var done = 0;
        var readings = folders
            .AsParallel().AsOrdered()
            .Select(folder =>
            {
                var loaded = StageGuard.Run("Load", folder.Display, null, diagnostics, () => LoadStage.Read(folder, diagnostics));
                var processed = loaded is null ? null : ProcessReading(loaded, site, links, diagnostics);
                if (processed is not null && layout.Value is { } themed) ReservedIdCheck.CheckReading(processed, themed.Theme.Ids, diagnostics);
                if (processed is not null && !diagnostics.HasErrors && layout.Value is { } context) processed = WriteReadingFiles(context, processed, writer, diagnostics);
                options.Progress?.Invoke(Interlocked.Increment(ref done), folders.Count);
                return processed;
            })
            .OfType<Reading>()
            .ToList();
        site = site with { Readings = readings };
        themeFiles.Wait();
        writer.ThrowIfFailed();
        if (diagnostics.HasErrors || layout.Value is null) return Finish(options, diagnostics, site, null);

        var siteLayout = layout.Value.WithIndex(site, LinkStage.Execute(site, diagnostics));
        StageGuard.Run("Layout", ContentPaths.Display(siteLayout.Theme.Folder), 0, diagnostics, () =>
        {
            LayoutStage.SiteFiles(siteLayout, writer);
            return 0;
        });
        writer.ThrowIfFailed();

        OutputCollisionCheck.Run(output.Paths, ContentPaths.Display(options.OutputDir), diagnostics);
        return Finish(options, diagnostics, site, output);
    }

    private static void WriteThemeFiles(LayoutContext? context, FailureCapturingWriter writer, DiagnosticBag diagnostics)
    {
        if (context is null) return;
        StageGuard.Run("Layout", ContentPaths.Display(context.Theme.Folder), 0, diagnostics, () =>
        {
            foreach (var file in LayoutStage.ThemeFiles(context)) writer.Write(file);
            return 0;
        });
    }

    /// <summary>Lays out and writes a reading's own pages; returns the reading with only what the site-wide pages need.</summary>
    private static Reading WriteReadingFiles(LayoutContext context, Reading reading, FailureCapturingWriter writer, DiagnosticBag diagnostics)
    {
        StageGuard.Run("Layout", reading.SourcePath, 0, diagnostics, () =>
        {
            LayoutStage.WriteReadingFiles(context, reading, writer);
            return 0;
        });
        return reading.Published();
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

    private static Reading ProcessReading(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var cleaned = StageGuard.Run("Clean", reading.SourcePath, reading, diagnostics, () => CleanStage.Execute(reading, diagnostics));
        StageGuard.Run("Clean", reading.SourcePath, 0, diagnostics, () => { AnchorLockCheck.Execute(cleaned, diagnostics); return 0; });
        var rendered = StageGuard.Run("Render", reading.SourcePath, cleaned, diagnostics, () => RenderStage.Execute(cleaned));
        return StageGuard.Run("Enrich", reading.SourcePath, rendered, diagnostics, () => EnrichStage.Execute(rendered, site, links, diagnostics));
    }
}
