using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Markup;
using Lectern.Stages.Render;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Anchors the editors' notes (reading.yml <c>notes:</c>) to exact quotes of the text. The quoted words are
/// wrapped in <c>&lt;span data-note="id"&gt;</c> (source words, so no <c>data-ui</c>), followed by a numbered
/// marker (apparatus) linking to the note body, which the layout renders with that id. A quote that is
/// missing, ambiguous or overlaps another note's is a positioned error in reading.yml.
/// </summary>
public sealed partial class Notes : IEnrichPass
{
    /// <summary>How much text around the quote goes into the published TextQuoteSelector when the editor gave less.</summary>
    private const int ContextLength = 32;

    public void Apply(EnrichContext context)
    {
        var specs = context.Reading.Metadata.Notes;
        if (specs.Count == 0) return;

        var texts = new string[context.Paragraphs.Count];
        for (var p = 0; p < texts.Length; p++) texts[p] = context.Paragraphs.TextOf(p);
        var quotes = new TextQuote(texts);
        var anchored = new List<(NoteSpec Spec, string Id, QuoteMatch Match)>(specs.Count);
        var ids = new HashSet<string>(context.Sections.Select(s => s.Id), StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var id = string.IsNullOrWhiteSpace(spec.Id) ? "note-" + (i + 1).ToString(CultureInfo.InvariantCulture) : spec.Id.Trim();
            if (!IsValid(context, spec, id, ids)) continue;
            if (Locate(context, spec, id, quotes) is { } match) anchored.Add((spec, id, match));
        }

        var inOrder = InReadingOrder(anchored);
        if (ReportOverlaps(context, inOrder)) return;

        for (var n = 0; n < inOrder.Count; n++)
        {
            var (spec, id, match) = inOrder[n];
            var number = n + 1;
            Mark(context, id, number, match);
            var text = texts[match.Paragraph];
            context.Notes.Add(new RenderedNote(id, number, match.Paragraph + 1, text[match.Start..match.End], MarkdownText.ToHtml(spec.Text, context.Links, $"the text of note '{id}'", context.Reading.MetadataPath, spec, context.Diagnostics))
            {
                Prefix = text[Math.Max(0, match.Start - Math.Max(ContextLength, (spec.Prefix?.Length ?? 0) + 1))..match.Start],
                Suffix = text[match.End..Math.Min(text.Length, match.End + Math.Max(ContextLength, (spec.Suffix?.Length ?? 0) + 1))],
                Sources = spec.Sources,
            });
        }
    }

    private static bool IsValid(EnrichContext context, NoteSpec spec, string id, HashSet<string> ids)
    {
        if (string.IsNullOrWhiteSpace(spec.Quote) || string.IsNullOrWhiteSpace(spec.Text))
        {
            var missing = string.IsNullOrWhiteSpace(spec.Quote) ? "quote" : "text";
            Report(context, spec, DiagnosticCodes.NoteFieldMissing,
                $"note '{id}' has no {missing}; give the exact words it comments on as 'quote' and the note itself as 'text'");
            return false;
        }
        if (!ValidId().IsMatch(id) || ParagraphId().IsMatch(id))
        {
            Report(context, spec, DiagnosticCodes.NoteInvalidId,
                $"note id '{id}' is not usable as an anchor; use lower-case letters, digits and hyphens, starting with a letter, and not 'p-N'");
            return false;
        }
        if (!ids.Add(id))
        {
            Report(context, spec, DiagnosticCodes.NoteDuplicateId,
                $"note id '{id}' is already used by another note or a section; give this note a different 'id'");
            return false;
        }
        return true;
    }

    private static QuoteMatch? Locate(EnrichContext context, NoteSpec spec, string id, TextQuote quotes)
    {
        var matches = quotes.FindAll(spec.Quote, spec.Prefix, spec.Suffix);
        if (matches.Count == 1) return matches[0];

        var quote = Shorten(spec.Quote);
        if (matches.Count > 1)
        {
            Report(context, spec, DiagnosticCodes.NoteQuoteAmbiguous,
                $"note '{id}': the quote \"{quote}\" occurs {matches.Count} times (paragraphs {Paragraphs(matches)}); " +
                "add a 'prefix' (the words just before it) or a 'suffix' (the words just after it) to pick one, or quote more words");
            return null;
        }

        var hint = "check its spelling, punctuation and capitals against the cleaned text (lectern clean source.txt)";
        var withoutContext = quotes.FindAll(spec.Quote);
        if (withoutContext.Count > 0)
            hint = $"the quote occurs in paragraph {Paragraphs(withoutContext)}, but not with this {ContextDescription(spec)}; fix or remove the {ContextDescription(spec)}";
        else if (quotes.ParagraphsIgnoringCase(spec.Quote) is { Count: > 0 } caseOnly)
            hint = $"it occurs with different capitals in paragraph {DiagnosticText.Numbers(caseOnly)}; quotes are matched exactly";
        Report(context, spec, DiagnosticCodes.NoteQuoteNotFound, $"note '{id}': the quote \"{quote}\" is not in the text; {hint}");
        return null;
    }

    /// <summary>Sorts by paragraph and start, keeping reading.yml's order on ties (a stable insertion sort: notes mostly come in order already).</summary>
    private static List<(NoteSpec Spec, string Id, QuoteMatch Match)> InReadingOrder(List<(NoteSpec Spec, string Id, QuoteMatch Match)> notes)
    {
        for (var i = 1; i < notes.Count; i++)
        {
            var note = notes[i];
            var j = i - 1;
            for (; j >= 0 && IsAfter(notes[j].Match, note.Match); j--) notes[j + 1] = notes[j];
            notes[j + 1] = note;
        }
        return notes;

        static bool IsAfter(QuoteMatch a, QuoteMatch b) => a.Paragraph > b.Paragraph || (a.Paragraph == b.Paragraph && a.Start > b.Start);
    }

    private static bool ReportOverlaps(EnrichContext context, IReadOnlyList<(NoteSpec Spec, string Id, QuoteMatch Match)> inOrder)
    {
        var any = false;
        for (var i = 1; i < inOrder.Count; i++)
        {
            var (prev, current) = (inOrder[i - 1], inOrder[i]);
            if (prev.Match.Paragraph != current.Match.Paragraph || prev.Match.End <= current.Match.Start) continue;
            any = true;
            Report(context, current.Spec, DiagnosticCodes.NoteQuotesOverlap,
                $"the quotes of notes '{prev.Id}' and '{current.Id}' overlap in paragraph {current.Match.Paragraph + 1}; shorten one of them so each note marks its own words");
        }
        return any;
    }

    private static void Mark(EnrichContext context, string id, int number, QuoteMatch match)
    {
        var paragraphs = context.Paragraphs;
        var target = HtmlAttribute.Escape(id);

        // A paragraph of one text (the usual case) keeps it: the quote is a wrap around its characters, written as
        // the element below would be (splitting the node and inserting an element was most of this pass's memory).
        // The marker follows the quote's end tag.
        if (paragraphs.IsOneText(match.Paragraph))
        {
            paragraphs.Wrap(match.Paragraph, [new TextWrap(match.Start, match.End, new QuoteAndMarker(target, number))]);
            return;
        }

        var paragraph = paragraphs.Element(match.Paragraph);
        var wrappers = ParagraphText.Of(paragraph).Wrap(match.Start, match.End, () =>
        {
            var span = paragraph.Owner!.CreateElement("span");
            span.SetAttribute("class", QuoteClass);
            span.SetAttribute("data-note", id);
            return span;
        });
        using var marker = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarker(marker, target, number);
        paragraphs.Overlay.AddAfter(wrappers[^1], marker.ToString());
    }

    private const string QuoteClass = "note-quote";

    /// <summary>The quote's tags, as the span above is written, and the marker after it, written straight into the page.</summary>
    private sealed class QuoteAndMarker(string target, int number) : EdgeMarkup
    {
        public override void WriteAfterStart(TextWriter writer)
        {
            writer.Write("<span class=\"" + QuoteClass + "\" data-note=\"");
            writer.Write(target);
            writer.Write("\">");
        }

        public override void WriteBeforeEnd(TextWriter writer)
        {
            writer.Write("</span>");
            WriteMarker(writer, target, number);
        }
    }

    // data-ui also on the link itself: tools may look for links that are apparatus.
    private static void WriteMarker(TextWriter writer, string target, int number)
    {
        writer.Write("<sup class=\"note-marker\" data-ui=\"\"><a data-ui=\"\" href=\"#");
        writer.Write(target);
        writer.Write("\" id=\"");
        writer.Write(target);
        writer.Write("-ref\" aria-label=\"Note ");
        writer.Write(number);
        writer.Write("\">");
        writer.Write(number);
        writer.Write("</a></sup>");
    }

    private static void Report(EnrichContext context, NoteSpec spec, string code, string message) =>
        context.Diagnostics.Add(Diagnostic.Error(code, context.Reading.MetadataPath, Math.Max(spec.Line, 1), Math.Max(spec.Column, 1), message));

    private static string Paragraphs(IEnumerable<QuoteMatch> matches) =>
        DiagnosticText.Numbers(matches.Select(m => m.Paragraph + 1).Distinct());

    private static string ContextDescription(NoteSpec spec) =>
        (string.IsNullOrWhiteSpace(spec.Prefix), string.IsNullOrWhiteSpace(spec.Suffix)) switch
        {
            (false, false) => "prefix and suffix",
            (false, true) => "prefix",
            _ => "suffix",
        };

    private static string Shorten(string quote)
    {
        var collapsed = Regex.Replace(quote.Trim(), @"\s+", " ");
        return collapsed.Length <= 60 ? collapsed : collapsed[..57] + "...";
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidId();

    [GeneratedRegex(@"^p-\d+$")]
    private static partial Regex ParagraphId();
}
