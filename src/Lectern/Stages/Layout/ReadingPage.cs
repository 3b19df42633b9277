using Lectern.Citations;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Render;

namespace Lectern.Stages.Layout;

/// <summary>One page per reading: the enriched body inside the reading template.</summary>
public sealed class ReadingPage : IReadingPageGenerator
{
    public void Write(LayoutContext context, Reading reading, IOutputSink output)
    {
        var url = context.Links.Reading(reading.Slug);
        var model = new LiquidObject(2)
        {
            { "site", context.SiteModel() },
            { "reading", ReadingModel(context, reading) },
        };
        context.Theme.WritePage(reading.Slug + "/index.html", "reading", model,
            context.LayoutModel(reading.Title, url, "reading", reading.Metadata.Summary, ReadingHead.Model(context, reading)), context.Diagnostics, output);
    }

    public static LiquidObject ReadingModel(LayoutContext context, Reading reading) => new(19)
    {
        { "slug", reading.Slug },
        { "title", reading.Title },
        { "url", context.Links.Reading(reading.Slug) },
        { "source_notes_url", context.Links.SourceNotes(reading.Slug) },
        { "dateline", reading.Clean?.Dateline ?? "" },
        { "end_mark", reading.Clean?.EndMark ?? "" },
        { "dateline_html", MarkTerms(context, reading.Clean?.Dateline) },
        { "end_mark_html", MarkTerms(context, reading.Clean?.EndMark) },
        { "term_marking", context.Site.Config.Glossary.Marking },
        { "term_popover_id", TermMarkup.PopoverId },
        { "glossary_terms", TermsUsed(context, reading).Select(context.ReadingTermModel) },
        { "date", reading.Metadata.Date ?? "" },
        { "body", Body(reading) },
        { "paragraph_count", reading.Clean?.Paragraphs.Count ?? 0 },
        { "source", reading.Metadata.Source is { } s
            ? new LiquidObject(4) { { "title", s.Title ?? "" }, { "publisher", s.Publisher ?? "" }, { "url", s.Url ?? "" }, { "date", s.Date ?? "" } }
            : null },
        { "sections", reading.Enrichment.Sections.Select(s => new LiquidObject(3) { { "id", s.Id }, { "title", s.Title }, { "first_paragraph", s.FirstParagraph } }) },
        { "citations", CitationModels(context, reading) },
        { "notes", reading.Enrichment.Notes.OrderBy(n => n.Number).Select(n => new LiquidObject(6)
            {
                { "id", n.Id },
                { "number", n.Number },
                { "paragraph", n.Paragraph },
                { "quote", n.Quote },
                { "body", n.BodyHtml },
                { "sources", n.Sources.Select(s => new LiquidObject(2) { { "title", s.Title }, { "url", s.Url ?? "" } }) },
            }) },
        { "notes_jsonld_url", context.Links.NotesJsonLd(reading.Slug) },
    };

    /// <summary>The body, written straight into the page: <c>{{ reading.body }}</c>, no <c>raw</c> filter needed.</summary>
    private static HtmlContent Body(Reading reading) => reading.Body is { } body
        ? new HtmlContent(body.WriteTo)
        : new HtmlContent(writer => writer.Write(reading.BodyHtml));

    private static string MarkTerms(LayoutContext context, string? text) =>
        string.IsNullOrEmpty(text) ? "" : TermMarkup.MarkPlainText(text, context.Site.Glossary, TermMarkings.Parse(context.Site.Config.Glossary.Marking), context.Links);

    /// <summary>Every entry that occurs in the reading's paragraphs, dateline or end mark, A-Z: the page's list of terms.</summary>
    private static IEnumerable<GlossaryEntry> TermsUsed(LayoutContext context, Reading reading)
    {
        var glossary = context.Site.Glossary;
        var ids = reading.Enrichment.Terms.Select(t => t.EntryId)
            .Concat(new[] { reading.Clean?.Dateline, reading.Clean?.EndMark }
                .Where(t => !string.IsNullOrEmpty(t))
                .SelectMany(t => glossary.Matcher.Find(t!).Select(m => m.Entry.Id)));
        return ids.Distinct(StringComparer.Ordinal).Select(glossary.Find).OfType<GlossaryEntry>()
            .OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each style's citation of the whole reading, and of "paragraph N" with the number left for the script to fill.</summary>
    private static IEnumerable<LiquidObject> CitationModels(LayoutContext context, Reading reading)
    {
        var subject = CitationSubject.For(reading, context.Site.Config, context.Links);
        return CitationStyles.All.Select(style => new LiquidObject(4)
        {
            { "id", style.Id },
            { "label", style.Label },
            { "reading", style.Format(subject).ToHtml() },
            { "paragraph", style.Format(subject.ForParagraphTemplate()).ToHtml() },
        });
    }
}
