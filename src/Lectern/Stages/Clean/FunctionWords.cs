namespace Lectern.Stages.Clean;

/// <summary>Articles, prepositions and conjunctions: words that lead on into more text, and that a title leaves in lower case.</summary>
public static class FunctionWords
{
    private static readonly HashSet<string> LeadingOn = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "for", "with", "by", "on", "at", "from", "as",
        "that", "which", "who", "whose", "into", "than", "its", "their", "our", "his", "her", "this", "these", "those",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingOnSpans = LeadingOn.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool LeadsOn(ReadOnlySpan<char> word) => LeadingOnSpans.Contains(word);

    /// <summary>
    /// Whether the first word of <paramref name="rest"/> that is no article, preposition or conjunction is in lower case: the
    /// text reads on as a sentence, where a title or a name capitalises such words (<c>Heads of Executive Departments</c>).
    /// </summary>
    public static bool GoesOnInLowerCase(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        foreach (var range in TextShape.SplitAtSpaces(rest))
        {
            var core = TextShape.WordCore(rest[range]);
            if (core.IsEmpty || LeadsOn(core)) continue;
            return char.IsLower(core[0]);
        }
        return false;
    }
}
