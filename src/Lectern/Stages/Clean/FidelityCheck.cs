using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Proves the cleaned text holds the source's words, in order, none lost or added: the words of
/// the kept lines must equal the words of title, dateline, paragraphs and end mark.
/// </summary>
public static class FidelityCheck
{
    /// <summary>Returns null when the texts agree, else a description of the first differing place.</summary>
    public static string? Compare(IEnumerable<string> sourceLines, CleanText clean)
    {
        var expected = Words(string.Join(" ", sourceLines));
        var actual = Words(string.Join(" ",
            new[] { clean.Title, clean.Dateline ?? "" }.Concat(clean.Paragraphs).Append(clean.EndMark ?? "")));
        var n = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                return $"word {i + 1}: the source has '{expected[i]}' where the cleaned text has '{actual[i]}'";
        }
        if (expected.Count != actual.Count)
            return expected.Count > actual.Count
                ? $"the cleaned text lost words from word {n + 1} ('{expected[n]}')"
                : $"the cleaned text added words from word {n + 1} ('{actual[n]}')";
        return null;
    }

    /// <summary>Whitespace-separated tokens, leaving out bare dash separators such as the dateline's "--".</summary>
    public static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Any(char.IsLetterOrDigit))
            .ToList();
}
