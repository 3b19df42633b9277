using System.Globalization;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// What a line-end hyphen is, from the glyph the PDF prints: some typesetters print the hyphen of a word they break
/// as a character the document's own hyphens never are (Chromium prints U+2010 from another font, or a soft hyphen,
/// where the text's compounds have '-'). Where the document shows that, a line-end hyphen in a character its
/// compounds never use is the typesetter's (the word is joined), and one in the character its compounds use is the
/// document's own (kept), whatever a word list says. Where every hyphen is the same character, the glyph says nothing.
/// </summary>
public sealed class HyphenGlyphs
{
    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011', '\u00AD'];

    // The hyphen characters the document's words have inside them, between two letters, and those at line ends.
    private readonly HashSet<char> _inWords = [];
    private readonly HashSet<char> _breaksOnly = [];

    public HyphenGlyphs(IReadOnlyList<PdfLine> lines)
    {
        var atEnds = new HashSet<char>();
        foreach (var line in lines)
        {
            var text = line.Text;
            for (var i = 1; i + 1 < text.Length; i++)
                if (Array.IndexOf(Hyphens, text[i]) >= 0 && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) _inWords.Add(text[i]);
            if (EndHyphen(text) is { } end) atEnds.Add(end);
        }
        // Evidence only where the compounds show their hyphen and some line ends show another character.
        if (_inWords.Count == 0) return;
        foreach (var c in atEnds)
            if (!_inWords.Contains(c)) _breaksOnly.Add(c);
    }

    /// <summary>The hyphen character ending <paramref name="text"/> after a letter, if any.</summary>
    private static char? EndHyphen(string text) =>
        text.Length >= 2 && Array.IndexOf(Hyphens, text[^1]) >= 0 && char.IsLetter(text[^2]) ? text[^1] : null;

    /// <summary>
    /// Whether the line's end hyphen is the typesetter's (true: join the word) or the document's own (false: keep it),
    /// with the evidence; null when the line ends in no hyphen or the document's glyphs do not tell.
    /// </summary>
    public (bool Break, string Evidence)? Of(PdfLine line)
    {
        if (_breaksOnly.Count == 0 || EndHyphen(line.Text) is not { } end) return null;
        var inWords = string.Join(", ", _inWords.Order().Select(Name));
        return _breaksOnly.Contains(end)
            ? (true, $"the PDF prints this line-end hyphen as {Name(end)}, a character the document's compounds never have ({inWords}): the typesetter's break")
            : (false, $"the PDF prints this line-end hyphen as {Name(end)}, as in the document's compounds, where the typesetter's breaks are {string.Join(", ", _breaksOnly.Order().Select(Name))}: the document's own hyphen");
    }

    private static string Name(char c) => c == '-' ? "'-'" : string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
}
