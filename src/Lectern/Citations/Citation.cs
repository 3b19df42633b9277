using System.Globalization;
using System.Net;

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
        // A single plain run with nothing to escape (a BibTeX entry for the whole reading) is its own HTML.
        if (Runs is [(var only, false)] && only.AsSpan().IndexOf(ParagraphSlot) < 0 && ReferenceEquals(WebUtility.HtmlEncode(only), only))
            return only;
        // Measured first, then written once into a string of exactly that length.
        var encoded = new string[Runs.Count];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var html = encoded[i] = WebUtility.HtmlEncode(Runs[i].Text);
            length += html.Length + html.AsSpan().Count(ParagraphSlot) * (SlotHtml.Length - 1) + (Runs[i].Italic ? "<i></i>".Length : 0);
        }
        return string.Create(length, (Runs, encoded), static (target, state) =>
        {
            for (var i = 0; i < state.encoded.Length; i++)
            {
                var italic = state.Runs[i].Italic;
                if (italic) Append(ref target, "<i>");
                var html = state.encoded[i].AsSpan();
                for (var slot = html.IndexOf(ParagraphSlot); slot >= 0; slot = html.IndexOf(ParagraphSlot))
                {
                    Append(ref target, html[..slot]);
                    Append(ref target, SlotHtml);
                    html = html[(slot + 1)..];
                }
                Append(ref target, html);
                if (italic) Append(ref target, "</i>");
            }
        });

        static void Append(ref Span<char> target, ReadOnlySpan<char> text)
        {
            text.CopyTo(target);
            target = target[text.Length..];
        }
    }

    private const string SlotHtml = "<span data-cite-n></span>";

    public override string ToString() => ToPlainText();
}

/// <summary>Collects the runs of a <see cref="Citation"/>.</summary>
public sealed class CitationBuilder
{
    private readonly List<(string, bool)> _runs = new(8);

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
