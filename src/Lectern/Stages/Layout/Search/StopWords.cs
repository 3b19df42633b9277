namespace Lectern.Stages.Layout.Search;

/// <summary>
/// English words too common to find anything by, left out of the index (and out of queries, where
/// <c>assets/search.js</c> has the same list): "the" alone would be in nearly every paragraph, and its postings
/// would outweigh a query's other words many times over. A quoted phrase still matches them, as it is checked
/// against the paragraph's text.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Set = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
        "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "will", "with",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlySet<string> Words => Set;

    /// <summary>The longest stop word's length: a longer word (most words) is not looked up.</summary>
    private static readonly int MaxLength = Set.Max(w => w.Length);

    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= MaxLength && Lookup.Contains(word);
}
