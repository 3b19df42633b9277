using Fluid.Values;
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

    public static LiquidObject ReadingModel(LayoutContext context, Reading reading)
    {
        return new(19)
        {
            { "slug", reading.Slug },
            { "title", reading.Title },
            { "url", context.Links.Reading(reading.Slug) },
            { "source_notes_url", context.Links.SourceNotes(reading.Slug) },
            { "dateline", reading.Clean?.Dateline ?? "" },
            { "end_mark", reading.Clean?.EndMark ?? "" },
            { "dateline_html", Html(reading.Enrichment.Dateline) },
            { "end_mark_html", Html(reading.Enrichment.EndMark) },
            { "term_marking", context.Site.Config.Glossary.Marking },
            { "term_popover_id", TermMarkup.PopoverId },
            { "glossary_terms", TermsUsed(context, reading) },
            { "date", reading.Metadata.Date ?? "" },
            { "body", Body(reading) },
            { "paragraph_count", reading.ParagraphCount },
            { "source", reading.Metadata.Source is { } s
                ? new LiquidObject(4) { { "title", s.Title ?? "" }, { "publisher", s.Publisher ?? "" }, { "url", s.Url ?? "" }, { "date", s.Date ?? "" } }
                : null },
            { "sections", reading.Enrichment.Sections.Select(s => new LiquidObject(3) { { "id", s.Id }, { "title", s.Title }, { "first_paragraph", s.FirstParagraph } }) },
            { "citations", CitationModels(context, reading) },
            { "notes", reading.Enrichment.Notes.OrderBy(n => n.Number).Select(NoteModel) },
            { "notes_jsonld_url", context.Links.NotesJsonLd(reading.Slug) },
        };
    }

    private static LiquidObject NoteModel(RenderedNote note)
    {
        var sources = new FluidValue[note.Sources.Count];
        for (var i = 0; i < sources.Length; i++)
            sources[i] = new LiquidObject(2) { { "title", note.Sources[i].Title }, { "url", note.Sources[i].Url ?? "" } };
        return new LiquidObject(6)
        {
            { "id", note.Id },
            { "number", note.Number },
            { "paragraph", note.Paragraph },
            { "quote", note.Quote },
            { "body", HtmlContent.Of(note.BodyHtml) },
            { "sources", sources },
        };
    }

    /// <summary>The body, written straight into the page: <c>{{ reading.body }}</c>, no <c>raw</c> filter needed.</summary>
    private static HtmlContent Body(Reading reading) => reading.Body is { } body
        ? new HtmlContent(body.WriteTo)
        : new HtmlContent(writer => writer.Write(reading.BodyHtml));

    /// <summary>HTML Enrich made (the dateline or end mark with its terms marked), written into the page where the template outputs it.</summary>
    private static FluidValue Html(HtmlBody? html) => html is null ? StringValue.Empty : new HtmlContent(html.WriteTo);

    /// <summary>Every entry that occurs in the reading's paragraphs, dateline or end mark, A-Z: the page's list of terms.</summary>
    private static FluidValue[] TermsUsed(LayoutContext context, Reading reading)
    {
        var glossary = context.Site.Glossary;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(GlossaryEntry Entry, int Found)>();
        void Add(string id)
        {
            if (listed.Add(id) && glossary.Find(id) is { } entry) entries.Add((entry, entries.Count));
        }
        foreach (var term in reading.Enrichment.Terms) Add(term.EntryId);
        foreach (var id in reading.Enrichment.FrameTerms) Add(id);
        // Stable, as OrderBy was: entries whose terms differ only in case keep the order they were found in.
        entries.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Entry.Term, b.Entry.Term) is var byTerm and not 0
            ? byTerm : a.Found.CompareTo(b.Found));
        var models = new FluidValue[entries.Count];
        for (var i = 0; i < models.Length; i++) models[i] = context.ReadingTermModel(entries[i].Entry);
        return models;
    }

    /// <summary>
    /// Each style's citation of the whole reading, and of "paragraph N" with the number left for the script to fill,
    /// written into the page where the template outputs it (<c>{{ c.reading }}</c>) rather than made as strings.
    /// </summary>
    private static IEnumerable<LiquidObject> CitationModels(LayoutContext context, Reading reading)
    {
        var subject = CitationSubject.For(reading, context.Site.Config, context.Links);
        return CitationStyles.All.Select(style => new LiquidObject(4)
        {
            { "id", style.Id },
            { "label", style.Label },
            { "reading", new HtmlContent(style.Format(subject).WriteHtml) },
            { "paragraph", new HtmlContent(style.Format(subject.ForParagraphTemplate()).WriteHtml) },
        });
    }
}
