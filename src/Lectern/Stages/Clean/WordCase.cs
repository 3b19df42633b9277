namespace Lectern.Stages.Clean;

/// <summary>
/// How the document writes its words: which it writes in lower case, and which it capitalises inside a line of running
/// text after a word that ends no sentence (a name, a title: <c>the General Assembly</c>); a line in title case is no
/// running text. A word the document writes in lower case
/// and never capitalises so starts a sentence or a block wherever it is capitalised.
/// </summary>
public sealed class WordCase
{
    // Longer tokens are no words to ask about (and would not fit a buffer on the stack).
    private const int MaxWord = 64;

    private readonly HashSet<string> _lower = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalisedInside = new(StringComparer.OrdinalIgnoreCase);

    public WordCase(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var words = line.Words;
            // A line in title case (a title, a heading: as many capitalised words as others) capitalises what a sentence would not.
            var titleCase = InTitleCase(words);
            var afterEnd = true;
            foreach (var range in TextShape.SplitAtSpaces(words))
            {
                var token = words[range];
                if (token.IsEmpty) continue;
                var core = TextShape.WordCore(token);
                if (core.Length > 0 && char.IsLower(core[0])) _lower.Add(core.ToString());
                else if (core.Length > 0 && char.IsUpper(core[0]) && !afterEnd && !titleCase) _capitalisedInside.Add(core.ToString());
                afterEnd = TextShape.EndsSentence(token);
            }
        }
    }

    private static bool InTitleCase(ReadOnlySpan<char> words)
    {
        int upper = 0, lower = 0;
        foreach (var range in TextShape.SplitAtSpaces(words))
        {
            var core = TextShape.WordCore(words[range]);
            if (core.IsEmpty) continue;
            if (char.IsUpper(core[0])) upper++;
            else if (char.IsLower(core[0])) lower++;
        }
        return upper >= lower;
    }

    /// <summary>Whether the document writes <paramref name="word"/> in lower case and never capitalises it inside a line but after a sentence's end.</summary>
    public bool CapitalOnlyAtStarts(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > MaxWord || !char.IsUpper(word[0]) || _capitalisedInside.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lower.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
