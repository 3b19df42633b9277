using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Pipeline.Incremental;
using Lectern.Stages.Clean;
using Lectern.Stages.Enrich;
using Lectern.Stages.Layout;
using Lectern.Stages.Load;
using Lectern.Stages.Render;
using Lectern.Stages.Write;

namespace Lectern.Pipeline;

/// <summary>
/// Makes one reading, from its folder to its pages in the output: Load, Clean and Render (which need the folder
/// alone), then Enrich and Layout (which need the site too). Each half gathers its own diagnostics, so that,
/// with a <see cref="BuildGeneration"/>, what it made can be kept and given again by a later build whose inputs
/// to that half are the same: an unchanged reading is not cleaned again, nor laid out again while the site
/// inputs are unchanged too. Without one, every reading is made afresh.
/// </summary>
internal sealed class ReadingBuilder(
    Site site, LinkBuilder links, Lazy<LayoutContext?> layout, IBuildOutput output, IOutputSink writer,
    BuildGeneration? generation, DiagnosticBag diagnostics)
{
    /// <summary>The reading with only what the site-wide pages need once its pages are written; null when it cannot be made.</summary>
    public Reading? Build(ReadingFolder folder)
    {
        var last = generation?.Last(folder.Path);
        var sources = generation is null ? null : ReadingSources.Of(folder.Path, last?.Sources);

        if (sources is not null && last?.LaidOut is { } laidOut && laidOut.Digest == sources.Digest
            && laidOut.SiteDigest == generation!.SiteDigest && layout.Value is { } kept && output.Keep(laidOut.Files))
        {
            diagnostics.AddRange(laidOut.Diagnostics);
            // What laying out the reading gathers for the site-wide search index, should the index be made again.
            kept.SearchPostings.AddEncoded(laidOut.Published.Slug, laidOut.SearchPostings);
            generation.Learn(folder.Path, new RememberedReading(sources, last.Rendered, laidOut));
            return laidOut.Published;
        }

        var rendered = sources is not null && last?.Rendered is { } cleaned && cleaned.Digest == sources.Digest
            ? cleaned
            : Render(folder, sources);
        diagnostics.AddRange(rendered.Diagnostics);
        if (rendered.Reading is null) return null;

        var (reading, made) = EnrichAndLayOut(rendered.Reading);
        if (sources is not null && !rendered.Diagnostics.Any(d => d.IsError))
            generation!.Learn(folder.Path, new RememberedReading(sources, rendered,
                made is null ? null : new LaidOutReading(sources.Digest, generation.SiteDigest, reading, [.. rendered.Diagnostics, .. made.Value.Diagnostics], made.Value.Files, made.Value.SearchPostings)));
        return reading;
    }

    private RenderedReading Render(ReadingFolder folder, ReadingSources? sources)
    {
        var own = new DiagnosticBag();
        var loaded = StageGuard.Run("Load", folder.Display, null, own, () => LoadStage.Read(folder, own));
        var rendered = loaded is null ? null : CleanAndRender(loaded, own);
        return new RenderedReading(sources?.Digest ?? "", rendered, own.Sorted());
    }

    private static Reading CleanAndRender(Reading reading, DiagnosticBag diagnostics)
    {
        var cleaned = StageGuard.Run("Clean", reading.SourcePath, reading, diagnostics, () => CleanStage.Execute(reading, diagnostics));
        StageGuard.Run("Clean", reading.SourcePath, 0, diagnostics, () => { AnchorLockCheck.Execute(cleaned, diagnostics); return 0; });
        return StageGuard.Run("Render", reading.SourcePath, cleaned, diagnostics, () => RenderStage.Execute(cleaned));
    }

    /// <summary>
    /// Enriches the reading and, while the build has no error, writes its pages; the published reading and what
    /// laying it out gave (null when its pages were not written, or not all its diagnostics are warnings).
    /// </summary>
    private (Reading Reading, (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files, byte[] SearchPostings)? Made) EnrichAndLayOut(Reading rendered)
    {
        var own = new DiagnosticBag();
        var enriched = StageGuard.Run("Enrich", rendered.SourcePath, rendered, own, () => EnrichStage.Execute(rendered, site, links, own));
        if (layout.Value is { } themed) ReservedIdCheck.CheckReading(enriched, themed.Theme.Ids, own);
        var checks = own.Sorted();
        diagnostics.AddRange(checks);
        if (diagnostics.HasErrors || layout.Value is not { } context) return (enriched, null);

        var written = new RecordingSink(writer);
        var laidOut = new DiagnosticBag();
        StageGuard.Run("Layout", enriched.SourcePath, 0, laidOut, () =>
        {
            LayoutStage.WriteReadingFiles(context, enriched, written);
            return 0;
        });
        var layoutDiagnostics = laidOut.Sorted();
        diagnostics.AddRange(layoutDiagnostics);
        IReadOnlyList<Diagnostic> all = [.. checks, .. layoutDiagnostics];
        var postings = context.SearchPostings.Encoded(enriched.Slug);
        return (enriched.Published(), all.Any(d => d.IsError) || generation is null || postings is null ? null : (all, written.Paths, postings));
    }
}
