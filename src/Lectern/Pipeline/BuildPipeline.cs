using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Pipeline.Incremental;
using Lectern.Stages.Clean;
using Lectern.Stages.Layout;
using Lectern.Stages.Link;
using Lectern.Stages.Load;
using Lectern.Stages.Write;

namespace Lectern.Pipeline;

/// <summary>
/// Runs the stages: Load of the site's settings and glossary; then, per reading and in parallel across
/// readings, Load of the reading, Clean, Render, Enrich and the Layout of the reading's own pages, written
/// at once into Write's staging folder; then Link and the site-wide pages. A reading keeps only what the site-wide pages need once its pages are written. The
/// staged build replaces the output only if every stage succeeded, so a failed build leaves the previous
/// output untouched. With a <see cref="BuildMemory"/> (kept by <c>serve</c>), what the last build made of an
/// unchanged reading is used again, and the last good output is updated file by file instead of replaced.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options) => Run(options, memory: null);

    public static BuildResult Run(BuildOptions options, BuildMemory? memory)
    {
        var diagnostics = new DiagnosticBag();
        if (BeginOutput(options, memory, diagnostics) is not { } output) return Finish(options, diagnostics, Site.Empty, null, null);
        using (output) return Run(options, output, memory?.Begin(SiteInputs.Digest(options)), diagnostics);
    }

    /// <summary>
    /// The output to write, once the output folder is found to be Lectern's to replace and this build holds its
    /// lock: the last good output to update when <paramref name="memory"/> knows it, else a staged one; else null, with the error.
    /// </summary>
    private static IBuildOutput? BeginOutput(BuildOptions options, BuildMemory? memory, DiagnosticBag diagnostics)
    {
        OutputPlacement.Check(options, diagnostics);
        if (diagnostics.HasErrors) return null;
        try
        {
            if (memory?.Output is var (stamp, files, tree) && UpdatedOutput.Begin(options.OutputDir, stamp, files, tree) is { } updated) return updated;
            memory?.ForgetOutput();
            return StagedOutput.Begin(options.OutputDir);
        }
        catch (ContentException refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
    }

    private static BuildResult Run(BuildOptions options, IBuildOutput output, BuildGeneration? generation, DiagnosticBag diagnostics)
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
            return new LayoutContext(theme, site, null, links, diagnostics) { SearchPostings = generation?.Postings ?? new() };
        });
        var themeFiles = parser.ContinueWith(_ => WriteThemeFiles(layout.Value, writer, output, generation, diagnostics));

        // Each reading is read when it is processed, so the reading of one overlaps the work on another and
        // its source and notes are collected once its pages are written.
        var done = 0;
        var builder = new ReadingBuilder(site, links, layout, output, writer, generation, diagnostics);
        var readings = folders
            .AsParallel().AsOrdered()
            .Select(folder =>
            {
                var processed = builder.Build(folder);
                options.Progress?.Invoke(Interlocked.Increment(ref done), folders.Count);
                return processed;
            })
            .OfType<Reading>()
            .ToList();
        site = site with { Readings = readings };
        themeFiles.Wait();
        writer.ThrowIfFailed();
        if (diagnostics.HasErrors || layout.Value is null) return Finish(options, diagnostics, site, null, generation);

        var siteLayout = layout.Value.WithIndex(site, LinkStage.Execute(site, diagnostics));
        var searchIndexKept = generation?.KeepSearchIndex(siteLayout.Index.ReadingsInOrder, output) ?? false;
        var concordanceKept = generation?.KeepConcordancePages(siteLayout, output);
        StageGuard.Run("Layout", ContentPaths.Display(siteLayout.Theme.Folder), 0, diagnostics, () =>
        {
            LayoutStage.SiteFiles(siteLayout, writer, searchIndexKept, concordanceKept);
            return 0;
        });
        writer.ThrowIfFailed();

        OutputCollisionCheck.Run(output.Paths, ContentPaths.Display(options.OutputDir), diagnostics);
        return Finish(options, diagnostics, site, output, generation);
    }

    /// <summary>Writes the theme's own files, or, when the last build made them from the same site inputs, keeps those.</summary>
    private static void WriteThemeFiles(LayoutContext? context, FailureCapturingWriter writer, IBuildOutput output, BuildGeneration? generation, DiagnosticBag diagnostics)
    {
        if (context is null || generation?.KeepThemeFiles(output, diagnostics) == true) return;
        var own = new DiagnosticBag();
        var written = new RecordingSink(writer);
        StageGuard.Run("Layout", ContentPaths.Display(context.Theme.Folder), 0, own, () =>
        {
            foreach (var file in LayoutStage.ThemeFiles(context)) written.Write(file.RelativePath, file.Content);
            return 0;
        });
        var made = own.Sorted();
        diagnostics.AddRange(made);
        if (!made.Any(d => d.IsError)) generation?.LearnThemeFiles(written.Paths, made);
    }

    /// <summary>Sorts the diagnostics and, when none is an error, commits the output; the generation tells its memory what the output now holds.</summary>
    private static BuildResult Finish(BuildOptions options, DiagnosticBag diagnostics, Site site, IBuildOutput? output, BuildGeneration? generation)
    {
        var sorted = options.Strict ? diagnostics.Sorted().Select(AsError).ToList() : diagnostics.Sorted();
        if (output is null || sorted.Any(d => d.IsError))
        {
            generation?.Finish(committed: false, [], options.OutputDir);
            return new BuildResult(sorted, [], false, site);
        }

        try
        {
            generation?.BeforeCommit();
            output.Commit();
        }
        catch
        {
            generation?.Forget();
            throw;
        }
        generation?.Finish(committed: true, output.Paths, options.OutputDir);
        return new BuildResult(sorted, output.Paths.Order(StringComparer.Ordinal).ToList(), true, site);
    }

    /// <summary>Under <c>--strict</c> a warning is reported, and counted, as an error.</summary>
    private static Diagnostic AsError(Diagnostic d) => d with { Severity = DiagnosticSeverity.Error };
}
