using System.Globalization;
using System.Net;
using System.Text;

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
        var sb = new StringBuilder(256);
        foreach (var (text, italic) in Runs)
        {
            if (italic) sb.Append("<i>");
            var html = WebUtility.HtmlEncode(text).AsSpan();
            for (var slot = html.IndexOf(ParagraphSlot); slot >= 0; slot = html.IndexOf(ParagraphSlot))
            {
                sb.Append(html[..slot]).Append("<span data-cite-n></span>");
                html = html[(slot + 1)..];
            }
            sb.Append(html);
            if (italic) sb.Append("</i>");
        }
        return sb.ToString();
    }

    public override string ToString() => ToPlainText();
}

/// <summary>Collects the runs of a <see cref="Citation"/>.</summary>
public sealed class CitationBuilder
{
    private readonly List<(string, bool)> _runs = [];

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

    public Citation Build() => new(_runs);
}
