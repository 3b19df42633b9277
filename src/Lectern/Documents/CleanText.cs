namespace Lectern.Documents;

/// <summary>The structured text the Clean stage recovers from a raw extraction.</summary>
public sealed record CleanText(
    string Title,
    string? Dateline,
    IReadOnlyList<string> Paragraphs,
    string? EndMark,
    CleanupReport Report);
