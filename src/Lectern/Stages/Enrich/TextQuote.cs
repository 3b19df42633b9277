using System.Buffers;
using System.Text;

namespace Lectern.Stages.Enrich;

/// <summary>Where a quote was found: paragraph index (0-based) and the character range in that paragraph's text.</summary>
public readonly record struct QuoteMatch(int Paragraph, int Start, int End);

/// <summary>
/// Finds W3C TextQuoteSelectors (exact text, optional prefix and suffix) in paragraph texts. Runs of
/// whitespace match any run of whitespace, and the prefix and suffix may be separated from the quote by
/// whitespace, so editors can write them as words ("prefix: at the") without trailing spaces.
/// Matching is case-sensitive; a quote never spans two paragraphs. The paragraphs are normalized once,
/// however many quotes are looked up.
/// </summary>
public sealed class TextQuote
{
    private readonly (string Text, int[]? Map)[] _paragraphs;

    public TextQuote(IReadOnlyList<string> paragraphs) =>
        _paragraphs = paragraphs.Select(Normalize).ToArray();

    public IReadOnlyList<QuoteMatch> FindAll(string exact, string? prefix = null, string? suffix = null)
    {
        var quote = Collapse(exact).Trim();
        var before = Collapse(prefix ?? "").Trim();
        var after = Collapse(suffix ?? "").Trim();
        var matches = new List<QuoteMatch>();
        if (quote.Length == 0) return matches;

        for (var p = 0; p < _paragraphs.Length; p++)
        {
            var (text, map) = _paragraphs[p];
            for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            {
                var end = at + quote.Length;
                if (before.Length > 0 && !text.AsSpan(0, at).TrimEnd().EndsWith(before, StringComparison.Ordinal)) continue;
                if (after.Length > 0 && !text.AsSpan(end).TrimStart().StartsWith(after, StringComparison.Ordinal)) continue;
                matches.Add(map is null ? new QuoteMatch(p, at, end) : new QuoteMatch(p, map[at], map[end - 1] + 1));
            }
        }
        return matches;
    }

    /// <summary>Paragraph numbers (1-based) where the quote occurs ignoring case, for a "did you mean" hint.</summary>
    public IReadOnlyList<int> ParagraphsIgnoringCase(string exact)
    {
        var quote = Collapse(exact).Trim();
        if (quote.Length == 0) return [];
        return _paragraphs.Select((p, i) => (p.Text, n: i + 1))
            .Where(x => x.Text.Contains(quote, StringComparison.OrdinalIgnoreCase))
            .Select(x => x.n).ToList();
    }

    /// <summary>
    /// Whitespace runs collapsed to one space, with the index in the original text of each kept
    /// character; no map when the text has only single spaces (the usual paragraph), as it is its own.
    /// </summary>
    private static (string Text, int[]? Map) Normalize(string text)
    {
        if (IsNormal(text)) return (text, null);
        var sb = new StringBuilder(text.Length);
        var map = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (sb.Length > 0 && sb[^1] == ' ') continue;
                sb.Append(' ');
            }
            else sb.Append(text[i]);
            map[sb.Length - 1] = i;
        }
        return (sb.ToString(), map);
    }

    private static bool IsNormal(string text) =>
        text.AsSpan().IndexOfAny(WhitespaceButSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal);

    // Every char for which char.IsWhiteSpace is true, except the plain space.
    private static readonly SearchValues<char> WhitespaceButSpace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private static string Collapse(string text) => Normalize(text).Text;
}
