using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// A title set in a larger type wraps short of the body's measure, so its first line looks short enough to end a
/// block. A browser's running header prints the document's title cut short (<c>Memorandum for the Heads of Executive
/// D…</c>): where that header, removed as furniture, goes on past the text's first line with the words that open
/// the lines below it, the title goes on into those lines. The header is the document's own evidence of where its
/// title runs.
/// </summary>
public static class TitleInRunningHeader
{
    public const string Reason = "a running header prints the title cut short, and it goes on past the text's first line with the words that open this line: the title's own line, wrapped";

    /// <summary>
    /// The number of the first line after the title and the reason, when a removed running header shows the text's
    /// first line going on into the lines below; null otherwise.
    /// </summary>
    public static (int Line, string Reason)? EndOfLines(IReadOnlyList<SourceLine> lines, IReadOnlyList<CleanupDecision> decisions)
    {
        var first = 0;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first == lines.Count || TextShape.EndsSentence(lines[first].Words)) return null;
        var title = lines[first].Words.ToString();
        foreach (var decision in decisions)
        {
            if (decision.Kind != CleanupKind.FurnitureRemoved || Shown(decision.Text) is not { } shown
                || shown.Length <= title.Length + 1 || !shown.StartsWith(title + " ", StringComparison.Ordinal))
                continue;
            if (LastLineShown(lines, first, shown[(title.Length + 1)..]) is { } last) return (lines[last].Number + 1, Reason);
        }
        return null;
    }

    /// <summary>What a header cut short shows of the title: its text before the ellipsis, or null when it has none.</summary>
    private static string? Shown(string header)
    {
        var cut = header.IndexOf('\u2026');
        if (cut < 0) cut = header.IndexOf("...", StringComparison.Ordinal);
        return cut > 0 ? header[..cut] : null;
    }

    /// <summary>The index of the last line below <paramref name="first"/> that the rest of the header covers, if its words open those lines.</summary>
    private static int? LastLineShown(IReadOnlyList<SourceLine> lines, int first, string rest)
    {
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var words = lines[i].Words;
            if (rest.Length <= words.Length) return words.StartsWith(rest, StringComparison.Ordinal) ? i : null;
            if (!rest.AsSpan().StartsWith(words, StringComparison.Ordinal) || rest[words.Length] != ' ') return null;
            rest = rest[(words.Length + 1)..];
        }
        return null;
    }
}
