namespace Lectern.Glossary;

/// <summary>A glossary form found in a text: <see cref="Length"/> characters from <see cref="Start"/>.</summary>
public readonly record struct TermMatch(int Start, int Length, GlossaryEntry Entry)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds glossary terms in text in one left-to-right scan over a prefix tree of every form (in the
/// spirit of Markdig's abbreviations): whole words only, the longest form wins at each position, and
/// matches never overlap. The cost per character is bounded by the longest form, not the entry count.
/// Build it once per glossary (<see cref="GlossaryIndex.Matcher"/>); it is immutable and thread-safe.
/// </summary>
public sealed class TermMatcher
{
    private readonly TermTrie _trie = new();

    public TermMatcher(IEnumerable<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
            foreach (var form in entry.Forms.Prepend(entry.Term).Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal))
                _trie.Add(form.Trim(), entry, entry.CaseSensitive);
        _trie.Freeze();
    }

    public IReadOnlyList<TermMatch> Find(string text)
    {
        var matches = new List<TermMatch>();
        Find(text, 0, text.Length, matches);
        return matches;
    }

    /// <summary>
    /// Adds the terms found in characters <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>,
    /// matched as if that range were the whole text (its ends are word boundaries), at their offsets in <paramref name="text"/>.
    /// </summary>
    public void Find(string text, int start, int end, List<TermMatch> matches)
    {
        var range = text.AsSpan(start, end - start);
        // Every position visited may start a form (see EndsWord): the text's start, and whatever follows a
        // match, a word or a character that is not a letter or digit.
        var root = _trie.Root;
        var i = 0;
        while (i < range.Length)
        {
            // Most positions start no form at all: the root's table says so before a walk is begun.
            if (root.Child(TermTrie.Fold(range[i])) is { } first && LongestAt(range, i, first) is var (length, entry) && entry is not null)
            {
                matches.Add(new TermMatch(start + i, length, entry));
                i += length;
            }
            else if (IsWordChar(range[i]))
            {
                // No form starts at this word: skip the rest of it, where none can start.
                do i++; while (i < range.Length && IsWordChar(range[i]));
            }
            else i++;
        }
    }

    /// <param name="first">The root's child for the character at <paramref name="start"/>.</param>
    private static (int Length, GlossaryEntry? Entry) LongestAt(ReadOnlySpan<char> text, int start, TermTrie.Node first)
    {
        (int, GlossaryEntry?) best = default;
        var node = first;
        for (var j = start; ;)
        {
            if (node.Forms.Count > 0 && EndsWord(text, j + 1))
            {
                foreach (var form in node.Forms)
                {
                    if (form.CaseSensitive && !SameCase(text, start, form.Text)) continue;
                    best = (j + 1 - start, form.Entry);
                    break;
                }
            }
            if (++j == text.Length || node.Child(TermTrie.Fold(text[j])) is not { } next) return best;
            node = next;
        }
    }

    private static bool SameCase(ReadOnlySpan<char> text, int start, string form)
    {
        for (var k = 0; k < form.Length; k++)
            if (TermTrie.Normalize(text[start + k]) != TermTrie.Normalize(form[k])) return false;
        return true;
    }

    // A form that begins (ends) with a letter or digit must not continue a word of the text; forms
    // made of punctuation, such as the end mark "-0-", match wherever they stand. (Find visits only the
    // positions where a form may begin.)
    private static bool EndsWord(ReadOnlySpan<char> text, int end) => end == text.Length || !IsWordChar(text[end - 1]) || !IsWordChar(text[end]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
