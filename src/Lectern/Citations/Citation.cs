using System.Globalization;
using System.Net;
using Lectern.Links;

namespace Lectern.Citations;

/// <summary>
/// A formatted citation: runs of text, some in italics. A paragraph citation may hold
/// <see cref="ParagraphSlot"/> where the paragraph number goes, so one rendering serves every paragraph
/// (the page's script fills <c>[data-cite-n]</c>); <see cref="ToPlainText"/> fills it in directly.
/// </summary>
public sealed class Citation(IReadOnlyList<(string Text, bool Italic)> runs)
{
    /// <summary>A private-use character standing for the paragraph number until it is known.</summary>
    public const char ParagraphSlot = '\uE000';

    public static readonly string Slot = ParagraphSlot.ToString();

    public IReadOnlyList<(string Text, bool Italic)> Runs { get; } = runs;

    public string ToPlainText(int? paragraph = null)
    {
        var text = string.Concat(Runs.Select(r => r.Text));
        return paragraph is { } n ? text.Replace(Slot, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : text;
    }

    /// <summary>HTML with italics as <c>&lt;i&gt;</c> and each paragraph slot as an empty <c>&lt;span data-cite-n&gt;</c>.</summary>
    public string ToHtml()
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        WriteHtml(html);
        return html.ToString();
    }

    /// <summary>Writes <see cref="ToHtml"/> into <paramref name="html"/>: a reading page writes its citations straight into the page.</summary>
    public void WriteHtml(TextWriter html)
    {
        for (var i = 0; i < Runs.Count; i++)
        {
            var (text, italic) = Runs[i];
            if (italic) html.Write("<i>");
            // The slot is not a character HtmlEncode escapes, so the text around it escapes as the whole run would.
            var start = 0;
            for (var slot = text.IndexOf(ParagraphSlot); slot >= 0; slot = text.IndexOf(ParagraphSlot, start))
            {
                WebUtility.HtmlEncode(text[start..slot], html);
                html.Write(SlotHtml);
                start = slot + 1;
            }
            WebUtility.HtmlEncode(start == 0 ? text : text[start..], html);
            if (italic) html.Write("</i>");
        }
    }

    private const string SlotHtml = "<span data-cite-n></span>";

    public override string ToString() => ToPlainText();
}

/// <summary>
/// Collects the runs of a <see cref="Citation"/>. Plain text is added in pieces (a title, then its period)
/// rather than joined first: runs are written one after the other, so the pieces read as the joined text.
/// </summary>
public sealed class CitationBuilder
{
    private readonly List<(string, bool)> _runs = new(20);

    public CitationBuilder Text(string text)
    {
        if (text.Length > 0) _runs.Add((text, false));
        return this;
    }

    public CitationBuilder Italic(string text)
    {
        if (text.Length > 0) _runs.Add((text, true));
        return this;
    }

    /// <summary>The text as a sentence: with a period after it unless it ends with punctuation.</summary>
    public CitationBuilder Sentence(string text)
    {
        Text(text);
        return CitationStyles.EndsSentence(text) ? this : Text(".");
    }

    /// <summary>The subject's <see cref="CitationSubject.Url"/>.</summary>
    public CitationBuilder Url(CitationSubject subject)
    {
        Text(subject.ReadingUrl);
        return subject.Paragraph is null ? this : Text(LinkBuilder.ParagraphFragmentPrefix).Text(subject.Paragraph);
    }

    public Citation Build() => new(_runs);
}
