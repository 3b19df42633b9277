namespace Lectern.Documents;

public enum CleanupKind
{
    PageBreakJoined,
    FurnitureRemoved,
    BlankLinesDropped,
    HyphenJoined,
    HyphenKept,
    HyphenRestored,
    TitleFound,
    DatelineFound,
    EndMarkFound,
    ParagraphBreak,
    CharacterNormalized,
    LinePiecesJoined,
    ParagraphContinued,
    HeadingFound,
    ListItemFound,
    FurnitureKept,
    ColumnsSplit,
    TitleLinesJoined,
    TokenRejoined,
    HyphenSuspended,
}

/// <summary>One cleanup decision: what was done at which source line, and the evidence for it.</summary>
public sealed record CleanupDecision(CleanupKind Kind, int Line, string Text, string Evidence)
{
    /// <summary>
    /// Where on the line the decision's text starts, in characters: 0 but on a line that two columns of a page share,
    /// where it tells the columns' pieces of the line apart.
    /// </summary>
    public int Column { get; init; }
}

/// <summary>Every decision the cleaner made, in source order, so readers can audit the text.</summary>
public sealed record CleanupReport(IReadOnlyList<CleanupDecision> Decisions)
{
    public static readonly CleanupReport Empty = new([]);

    public IEnumerable<CleanupDecision> OfKind(CleanupKind kind) => Decisions.Where(d => d.Kind == kind);
}
