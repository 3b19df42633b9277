namespace Lectern.Stages.Clean;

/// <summary>
/// A suspended hyphen: the first word of a pair that shares its second part, written once on the second word
/// ("human- and machine-readable", "pre- or post-war", "10- to 15-year"). At a line's end it looks like a word
/// broken into syllables, but what follows it says otherwise: a conjunction, then within two words a word with a
/// hyphen of its own. Such a hyphen is neither joined nor closed up.
/// </summary>
internal static class SuspendedHyphen
{
    /// <summary>The evidence, when the line <paramref name="text"/> ends in a suspended hyphen before the line <paramref name="next"/>; else null.</summary>
    public static string? Before(ReadOnlySpan<char> text, ReadOnlySpan<char> next)
    {
        if (text.Length < 2 || text[^1] != '-' || !char.IsLetterOrDigit(text[^2]) || (text.Length > 2 && text[^3] == '-')) return null;
        var words = next.Trim();
        var space = words.IndexOf(' ');
        if (space <= 0) return null;
        var conjunction = words[..space];
        if (conjunction is not ("and" or "or" or "nor" or "to")) return null;
        var rest = words[(space + 1)..].TrimStart();
        for (var n = 0; n < 2 && rest.Length > 0; n++)
        {
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen < word.Length - 1 && char.IsLetterOrDigit(word[hyphen - 1]) && char.IsLetterOrDigit(word[hyphen + 1]))
                return $"'{conjunction}' follows, then '{word}' with a hyphen of its own: the hyphen stands for that word's second part";
            if (end < 0) break;
            rest = rest[(end + 1)..].TrimStart();
        }
        return null;
    }
}
