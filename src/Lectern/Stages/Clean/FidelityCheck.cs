using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Proves the cleaned text holds the source's words, in order, none lost, added, split or glued: the
/// words of the (normalized) source lines, minus the page furniture the report says was removed and
/// with line-end hyphens joined or kept as the report says, must equal the words of title, dateline,
/// paragraphs and end mark. It replays the report rather than trusting the cleaner's own state.
/// </summary>
public static class FidelityCheck
{
    /// <summary>The first differing place: the source line and what differs there.</summary>
    public sealed record Mismatch(int Line, string Message);

    public static Mismatch? Compare(IReadOnlyList<SourceLine> sourceLines, CleanupReport report, CleanText clean)
    {
        var expected = SourceWords(sourceLines, report);
        var actual = TextShape.Words(string.Join(" ",
            new[] { clean.Title, clean.Dateline ?? "" }.Concat(clean.Paragraphs).Append(clean.EndMark ?? "")));
        var n = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            if (!string.Equals(expected[i].Word, actual[i], StringComparison.Ordinal))
                return new Mismatch(expected[i].Line, $"word {i + 1}: the source has '{expected[i].Word}' where the cleaned text has '{actual[i]}'");
        }
        if (expected.Count > actual.Count)
            return new Mismatch(expected[n].Line, $"the cleaned text lost words from word {n + 1} ('{expected[n].Word}')");
        if (actual.Count > expected.Count)
            return new Mismatch(expected.Count > 0 ? expected[^1].Line : 1, $"the cleaned text added words from word {n + 1} ('{actual[n]}')");
        return null;
    }

    private static List<(string Word, int Line)> SourceWords(IReadOnlyList<SourceLine> lines, CleanupReport report)
    {
        var removed = report.OfKind(CleanupKind.FurnitureRemoved).ToLookup(d => d.Line, d => d.Text);
        var hyphens = report.Decisions
            .Where(d => d.Kind is CleanupKind.HyphenJoined or CleanupKind.HyphenKept)
            .ToDictionary(d => d.Line, d => d.Kind == CleanupKind.HyphenJoined);

        var restored = report.OfKind(CleanupKind.HyphenRestored).ToLookup(d => d.Line, d => d.Text.Split(" -> "));
        var words = new List<(string Word, int Line)>();
        (string Word, int Line, bool Join)? pending = null;
        foreach (var line in lines)
        {
            var text = line.Words;
            foreach (var cut in removed[line.Number].Select(TextShape.FoldSpaces))
                if (text.StartsWith(cut, StringComparison.Ordinal)) text = text[cut.Length..].TrimStart();
            foreach (var change in restored[line.Number])
                text = text.Replace(change[0], change[1], StringComparison.Ordinal);
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (tokens.Count == 0) continue;
            if (pending is { } p)
            {
                tokens[0] = (p.Join ? p.Word[..^1] : p.Word) + tokens[0];
                pending = null;
            }
            if (hyphens.TryGetValue(line.Number, out var join))
            {
                pending = (tokens[^1], line.Number, join);
                tokens.RemoveAt(tokens.Count - 1);
            }
            foreach (var token in tokens)
                if (IsWord(token)) words.Add((token, line.Number));
        }
        if (pending is { } last && IsWord(last.Word)) words.Add((last.Word, last.Line));
        return words;
    }

    private static bool IsWord(string token) => TextShape.HasLetterOrDigit(token);
}
