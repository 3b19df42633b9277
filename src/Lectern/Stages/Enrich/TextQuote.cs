using System.Text;

namespace Lectern.Stages.Enrich;

/// <summary>Where a quote was found: paragraph index (0-based) and the character range in that paragraph's text.</summary>
public readonly record struct QuoteMatch(int Paragraph, int Start, int End);

/// <summary>
/// Finds a W3C TextQuoteSelector (exact text, optional prefix and suffix) in paragraph texts. Runs of
/// whitespace match any run of whitespace, and the prefix and suffix may be separated from the quote by
/// whitespace, so editors can write them as words ("prefix: at the") without trailing spaces.
/// Matching is case-sensitive; a quote never spans two paragraphs.
/// </summary>
public static class TextQuote
{
    public static IReadOnlyList<QuoteMatch> FindAll(IReadOnlyList<string> paragraphs, string exact, string? prefix = null, string? suffix = null)
    {
        var quote = Collapse(exact).Trim();
        var before = Collapse(prefix ?? "").Trim();
        var after = Collapse(suffix ?? "").Trim();
        var matches = new List<QuoteMatch>();
        if (quote.Length == 0) return matches;

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (text, map) = Normalize(paragraphs[p]);
            for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            {
                var end = at + quote.Length;
                if (before.Length > 0 && !text.AsSpan(0, at).TrimEnd().EndsWith(before, StringComparison.Ordinal)) continue;
                if (after.Length > 0 && !text.AsSpan(end).TrimStart().StartsWith(after, StringComparison.Ordinal)) continue;
                matches.Add(new QuoteMatch(p, map[at], map[end - 1] + 1));
            }
        }
        return matches;
    }

    /// <summary>Paragraph numbers (1-based) where the quote occurs ignoring case, for a "did you mean" hint.</summary>
    public static IReadOnlyList<int> ParagraphsIgnoringCase(IReadOnlyList<string> paragraphs, string exact)
    {
        var quote = Collapse(exact).Trim();
        if (quote.Length == 0) return [];
        return paragraphs.Select((text, i) => (text: Normalize(text).Text, n: i + 1))
            .Where(x => x.text.Contains(quote, StringComparison.OrdinalIgnoreCase))
            .Select(x => x.n).ToList();
    }

    /// <summary>Whitespace runs collapsed to one space, with the index in the original text of each kept character.</summary>
    private static (string Text, int[] Map) Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (sb.Length > 0 && sb[^1] == ' ') continue;
                sb.Append(' ');
            }
            else sb.Append(text[i]);
            map.Add(i);
        }
        return (sb.ToString(), map.ToArray());
    }

    private static string Collapse(string text) => Normalize(text).Text;
}
