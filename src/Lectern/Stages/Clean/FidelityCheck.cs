using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Proves the cleaned text holds the source's words, in order, none lost, added, split or glued: the
/// words of the (normalized) source lines, minus the page furniture the report says was removed and
/// with line-end hyphens joined or kept and broken addresses rejoined as the report says, must equal
/// the words of title, dateline, paragraphs and end mark. It replays the report rather than trusting the cleaner's own state.
/// </summary>
public static class FidelityCheck
{
    /// <summary>The first differing place: the source line and what differs there.</summary>
    public sealed record Mismatch(int Line, string Message);

    public static Mismatch? Compare(IReadOnlyList<SourceLine> sourceLines, CleanupReport report, CleanText clean) =>
        // Most source lines stand in the cleaned text just as they are: compared whole, they show a faithful text in
        // a fraction of the time. Where that finds a difference, the words are compared one by one to name it.
        FirstMismatch(sourceLines, report, clean, wholeLines: true) is null ? null : FirstMismatch(sourceLines, report, clean, wholeLines: false);

    /// <param name="wholeLines">Whether a line found whole in the cleaned text is passed over (then the word count in the message is not exact).</param>
    private static Mismatch? FirstMismatch(IReadOnlyList<SourceLine> sourceLines, CleanupReport report, CleanText clean, bool wholeLines)
    {
        var actual = new WordReader([clean.Title, clean.Dateline ?? "", .. clean.Paragraphs, clean.EndMark ?? ""]);
        var count = 0;
        var lastLine = 1;
        Mismatch? mismatch = null;
        // The source's words are compared as they are made, without a list of them or of the cleaned words.
        foreach (var (word, line) in new SourceWords(sourceLines, report, wholeLines ? actual : null))
        {
            count++;
            lastLine = line;
            if (actual.NextIs(word.Span)) continue;
            if (!actual.Next(out var next))
                return new Mismatch(line, $"the cleaned text lost words from word {count} ('{word}')");
            if (!word.Span.SequenceEqual(next))
                return new Mismatch(line, $"word {count}: the source has '{word}' where the cleaned text has '{next}'");
        }
        if (actual.Next(out var added))
            mismatch = new Mismatch(lastLine, $"the cleaned text added words from word {count + 1} ('{added}')");
        return mismatch;
    }

    /// <summary>The words of the cleaned text's pieces in order, read in place.</summary>
    private sealed class WordReader(string[] pieces)
    {
        private int _piece, _at;

        /// <summary>
        /// Whether the next word is <paramref name="word"/> (or the next words are, separated by single spaces), read
        /// past it when it is; false also when it cannot tell at once (then <see cref="Next"/> reads the next word).
        /// Most words are compared here, in one step each, or a whole line at a time.
        /// </summary>
        public bool NextIs(ReadOnlySpan<char> word)
        {
            if (_piece >= pieces.Length || word.IsEmpty) return false;
            var text = pieces[_piece].AsSpan();
            var at = _at;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            _at = at;
            // Words of printable ASCII hold no whitespace but the spaces between them, so the text's words here are
            // these exactly when the text goes on with them and then ends or has whitespace.
            var end = at + word.Length;
            if (end > text.Length || !text[at..end].SequenceEqual(word) || end < text.Length && !char.IsWhiteSpace(text[end])
                || word.ContainsAnyExceptInRange(' ', '~')) return false;
            _at = end;
            return true;
        }

        public bool Next(out ReadOnlySpan<char> word)
        {
            for (; _piece < pieces.Length; _piece++, _at = 0)
            {
                var text = pieces[_piece];
                while (_at < text.Length)
                {
                    while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
                    var start = _at;
                    while (_at < text.Length && !char.IsWhiteSpace(text[_at])) _at++;
                    word = text.AsSpan(start, _at - start);
                    if (TextShape.HasLetterOrDigit(word)) return true;
                }
            }
            word = default;
            return false;
        }
    }

    /// <summary>
    /// The source's words with their lines: each line's words minus removed furniture, with restored hyphens,
    /// and a line-end hyphen joined to or kept before the next line's first word as the report says. Only
    /// words a decision touches become new strings; the rest are pieces of the line's own text.
    /// </summary>
    /// <param name="wholeLines">When given, a line (words not joined across a line end) that the cleaned text goes on
    /// with, exactly, is read past in it and yields no words.</param>
    private readonly struct SourceWords(IReadOnlyList<SourceLine> lines, CleanupReport report, WordReader? wholeLines)
    {
        public IEnumerator<(ReadOnlyMemory<char> Word, int Line)> GetEnumerator()
        {
            // A decision belongs to the piece of its line that starts at its column: two columns of a page share lines.
            var removed = report.OfKind(CleanupKind.FurnitureRemoved).ToLookup(d => (d.Line, d.Column), d => d.Text);
            // Lines whose last word goes on into the next line's first: without its hyphen (true), or as printed.
            var joinsNext = report.Decisions
                .Where(d => d.Kind is CleanupKind.HyphenJoined or CleanupKind.HyphenKept or CleanupKind.TokenRejoined)
                .ToDictionary(d => (d.Line, d.Column), d => d.Kind == CleanupKind.HyphenJoined);
            var restored = report.OfKind(CleanupKind.HyphenRestored).ToLookup(d => (d.Line, d.Column), d => d.Text.Split(" -> "));

            (string Word, int Line, bool Join)? pending = null;
            foreach (var line in lines)
            {
                var text = line.WordsMemory;
                if (text.Length == 0) continue;
                if (removed.Contains((line.Number, line.Column)))
                    foreach (var cut in removed[(line.Number, line.Column)].Select(TextShape.FoldSpaces))
                        if (text.Span.StartsWith(cut, StringComparison.Ordinal)) text = text[cut.Length..].TrimStart();
                var goesOn = joinsNext.TryGetValue((line.Number, line.Column), out var join);
                if (restored.Contains((line.Number, line.Column)))
                    foreach (var change in restored[(line.Number, line.Column)])
                        text = ReplaceWord(text, change[0], change[1], pending is not null, goesOn);

                if (wholeLines is not null && pending is null && !goesOn && wholeLines.NextIs(text.Span)) continue;
                var lastStart = goesOn ? LastTokenStart(text.Span) : -1;
                var at = 0;
                while (NextToken(text.Span, ref at, out var start))
                {
                    var token = text[start..at];
                    if (pending is { } p)
                    {
                        token = string.Concat(p.Join ? p.Word.AsSpan(0, p.Word.Length - 1) : p.Word, token.Span).AsMemory();
                        pending = null;
                    }
                    if (start == lastStart)
                    {
                        pending = (token.ToString(), line.Number, join);
                        break;
                    }
                    if (TextShape.HasLetterOrDigit(token.Span)) yield return (token, line.Number);
                }
            }
            if (pending is { } last && TextShape.HasLetterOrDigit(last.Word)) yield return (last.Word.AsMemory(), last.Line);
        }

        /// <summary>The next space-separated token from <paramref name="at"/>: its start, and <paramref name="at"/> moved to its end.</summary>
        private static bool NextToken(ReadOnlySpan<char> text, ref int at, out int start)
        {
            while (at < text.Length && text[at] == ' ') at++;
            start = at;
            if (at == text.Length) return false;
            // Words are short: a plain loop beats a vectorized search here.
            while (at < text.Length && text[at] != ' ') at++;
            return true;
        }

        /// <summary>
        /// The first occurrence of <paramref name="from"/> that is a whole word of the line replaced: not inside a
        /// longer word ("cisions" restored, "decisions" on the same line not), nor in the pieces of words broken at
        /// the line's ends, which the line-end hyphen decisions join. Each restored-hyphen decision stands for one word.
        /// </summary>
        private static ReadOnlyMemory<char> ReplaceWord(ReadOnlyMemory<char> line, string from, string to, bool afterBreak, bool breaks)
        {
            var text = line.Span;
            var first = afterBreak ? text.IndexOf(' ') : 0;
            var last = breaks ? LastTokenStart(text) : text.Length;
            if (first < 0) return line;
            for (var at = IndexOf(text, from, first); at >= 0 && at + from.Length <= last; at = IndexOf(text, from, at + 1))
            {
                var end = at + from.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    return string.Concat(text[..at], to, text[end..]).AsMemory();
            }
            return line;
        }

        private static int IndexOf(ReadOnlySpan<char> text, string value, int from)
        {
            var at = text[from..].IndexOf(value, StringComparison.Ordinal);
            return at < 0 ? -1 : from + at;
        }

        private static int LastTokenStart(ReadOnlySpan<char> text)
        {
            var end = text.Length;
            while (end > 0 && text[end - 1] == ' ') end--;
            // The last space at or before end - 1 (as string.LastIndexOf(' ', end - 1) finds it).
            return text[..Math.Min(text.Length, Math.Max(0, end - 1) + 1)].LastIndexOf(' ') + 1;
        }
    }
}
