using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Splits raw text into lines and makes its characters plain: unifies line ends (CRLF, CR), drops a
/// BOM, notes and removes form feeds (a page break), folds tabs and no-break spaces to spaces, makes a
/// line-end hyphen of any kind (U+2010, U+2011, a soft hyphen) a '-', drops other soft hyphens (with the spaces and line
/// breaks a layout extractor set beside them inside a word: <see cref="SoftHyphenRuns"/>), turns typographic quotes and apostrophes into ASCII and expands ligatures. Each kind
/// of change is recorded once, with its count and its first line, so the fidelity check can compare
/// the text modulo these normalizations.
/// </summary>
public static class InputNormalizer
{
    private sealed record Rule(string From, string To, string Name, string Why);

    private static readonly Rule[] Rules =
    [
        new("\u00AD", "", "soft hyphen", "soft hyphens are invisible break hints"),
        new("\u00A0", " ", "no-break space", "a no-break space is a space"),
        new("\u202F", " ", "no-break space", "a narrow no-break space is a space"),
        new("\t", " ", "tab", "a tab is layout spacing"),
        new("\u2019", "'", "typographic apostrophe", "typesetters curl ' into \u2019; the text uses straight quotes"),
        new("\u2018", "'", "typographic quote", "typesetters curl ' into \u2018; the text uses straight quotes"),
        new("\u201C", "\"", "typographic double quote", "typesetters curl \" into \u201C; the text uses straight quotes"),
        new("\u201D", "\"", "typographic double quote", "typesetters curl \" into \u201D; the text uses straight quotes"),
        new("\uFB00", "ff", "ligature", "PDF fonts draw ff as one glyph"),
        new("\uFB01", "fi", "ligature", "PDF fonts draw fi as one glyph"),
        new("\uFB02", "fl", "ligature", "PDF fonts draw fl as one glyph"),
        new("\uFB03", "ffi", "ligature", "PDF fonts draw ffi as one glyph"),
        new("\uFB04", "ffl", "ligature", "PDF fonts draw ffl as one glyph"),
    ];

    // A line ends at a hyphenation point in any of these: the ASCII hyphen-minus, U+2010 HYPHEN and U+2011 NON-BREAKING
    // HYPHEN (what Chromium and groff -Tutf8 print there), or a soft hyphen shown as the break's hyphen. At a line end
    // each becomes '-', so every later rule treats them alike.
    private static readonly Rule[] LineEndHyphens =
    [
        new("\u00AD", "-", "soft hyphen at a line end", "a soft hyphen that ends a line is the hyphen printed where the word was broken"),
        new("\u2010", "-", "hyphen at a line end", "U+2010 HYPHEN at a line end is a hyphen like '-'"),
        new("\u2011", "-", "non-breaking hyphen at a line end", "U+2011 NON-BREAKING HYPHEN at a line end is a hyphen like '-'"),
    ];

    // Spaces a layout extractor left beside soft hyphens inside a word (see SoftHyphenRuns): counted as one kind of change.
    private static readonly Rule SoftHyphenGap =
        new("\u00AD ", "", "spaces beside a soft hyphen", "a soft hyphen stands inside a word: the extractor set its syllables apart");

    // Every character a rule or the line splitting acts on: most lines hold none and skip the rules.
    private static readonly System.Buffers.SearchValues<char> Special =
        System.Buffers.SearchValues.Create(string.Concat(Rules.Select(r => r.From)) + "\f\u2010\u2011");

    /// <summary>
    /// The lines of the file as ranges of <paramref name="raw"/>, one by one, numbered (from 1) as the cleanup report
    /// numbers them: a BOM dropped; "\r\n", "\r" and "\n" each end a line; the text after the last line end
    /// is the last line, empty or not.
    /// </summary>
    public static LineEnumerator EnumerateLines(string raw) => new(raw);

    public struct LineEnumerator(string raw)
    {
        private int _next = raw.StartsWith('\uFEFF') ? 1 : 0;
        private bool _done;

        public Range Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_done) return false;
            var end = raw.AsSpan(_next).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Current = _next..raw.Length;
                _done = true;
                return true;
            }
            end += _next;
            Current = _next..end;
            _next = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }

    /// <summary>How many lines <see cref="EnumerateLines"/> gives, counted without making them.</summary>
    public static int LineCount(ReadOnlySpan<char> text)
    {
        var carriageReturns = text.Count('\r');
        return text.Count('\n') + 1 + (carriageReturns == 0 ? 0 : carriageReturns - text.Count("\r\n"));
    }

    /// <summary>
    /// How many blank lines of a run are kept. The rules only ask whether a blank line is there, or whether a run
    /// is page-sized (at most 5 lines, <see cref="PageFurniture"/>); a file of millions of blank lines then
    /// costs no object for each of them. The lines after a run keep their own numbers.
    /// </summary>
    public const int KeptBlankRun = 8;

    public static List<SourceLine> ToLines(string raw, List<CleanupDecision> decisions)
    {
        var seen = new Dictionary<string, (int FirstLine, int Count, Rule Rule)>();
        // A line of text is far longer than 8 characters; only blank lines are shorter, and long runs of them are not kept.
        var lines = new List<SourceLine>(Math.Min(LineCount(raw), raw.Length / 8 + 16));
        var number = 0;
        var blankRun = 0;
        foreach (var range in EnumerateLines(raw))
        {
            var piece = raw.AsSpan()[range];
            number++;
            if (piece.IsWhiteSpace() && !piece.Contains('\f'))
            {
                if (++blankRun <= KeptBlankRun) lines.Add(SourceLine.Blank(number));
                CountNormalized(piece, number, seen);
                continue;
            }
            blankRun = 0;
            if (!piece.ContainsAny(Special))
            {
                var plain = piece.TrimEnd();
                var trimmedPlain = plain.TrimStart();
                var plainIndent = plain.Length - trimmedPlain.Length;
                // The line's text is its range of the file: no string per line.
                lines.Add(new SourceLine(number, raw, range.Start.Value + plainIndent, trimmedPlain.Length, plainIndent)
                    { EndsInSpace = !trimmedPlain.IsEmpty && plain.Length < piece.Length });
                continue;
            }
            var line = piece.ToString();
            var formFeed = line.Contains('\f');
            if (formFeed) line = line.Replace("\f", "");
            var continues = !formFeed && SoftHyphenRuns.ContinuesLine(lines.Count > 0 ? lines[^1] : null, line);
            (line, var gaps) = SoftHyphenRuns.CloseGaps(line);
            if (gaps > 0) Count(SoftHyphenGap, gaps, number, seen);
            line = LineEndHyphen(line, number, seen);
            CountNormalized(line, number, seen);
            foreach (var rule in Rules)
                if (line.Contains(rule.From, StringComparison.Ordinal)) line = line.Replace(rule.From, rule.To, StringComparison.Ordinal);
            var trimmedEnd = line.AsSpan().TrimEnd();
            if (continues)
            {
                lines[^1] = SoftHyphenRuns.Join(lines[^1], trimmedEnd.ToString(), number, trimmedEnd.Length < line.Length, decisions);
                continue;
            }
            var trimmed = trimmedEnd.TrimStart();
            var indent = trimmedEnd.Length - trimmed.Length;
            lines.Add(new SourceLine(number, line, indent, trimmed.Length, indent)
                { FormFeed = formFeed, EndsInSpace = trimmed.Length > 0 && trimmedEnd.Length < line.Length });
        }
        foreach (var (from, s) in seen)
            decisions.Add(new CleanupDecision(CleanupKind.CharacterNormalized, s.FirstLine,
                $"{s.Rule.Name} U+{(int)from[0]:X4} -> {Describe(s.Rule.To)}",
                $"{s.Count} in the text (first on line {s.FirstLine}); {s.Rule.Why}"));
        return lines;
    }

    /// <summary>
    /// The line with the hyphen at its end (after a letter) made '-' when it is of another kind; Chromium's text can
    /// end a line in a soft hyphen and U+2010 both, which make one hyphen.
    /// </summary>
    private static string LineEndHyphen(string line, int number, Dictionary<string, (int FirstLine, int Count, Rule Rule)> seen)
    {
        var end = line.AsSpan().TrimEnd(' ').TrimEnd('\f').TrimEnd(' ').Length;
        var start = end;
        Rule? kind = null;
        while (start > 0 && line[start - 1] is '-' or '\u00AD' or '\u2010' or '\u2011')
        {
            start--;
            kind ??= Array.Find(LineEndHyphens, r => r.From[0] == line[start]);
        }
        if (kind is null || start == 0 || !char.IsLetter(line[start - 1]) || end - start > 3) return line;
        var key = kind.From + "$";
        seen[key] = seen.TryGetValue(key, out var s) ? s with { Count = s.Count + 1 } : (number, 1, kind);
        return string.Concat(line.AsSpan(0, start), "-", line.AsSpan(end));
    }

    private static void Count(Rule rule, int count, int number, Dictionary<string, (int FirstLine, int Count, Rule Rule)> seen) =>
        seen[rule.From] = seen.TryGetValue(rule.From, out var s) ? s with { Count = s.Count + count } : (number, count, rule);

    /// <summary>Counts what the rules will change on line <paramref name="number"/>, for the one decision each kind of change gets.</summary>
    private static void CountNormalized(ReadOnlySpan<char> line, int number, Dictionary<string, (int FirstLine, int Count, Rule Rule)> seen)
    {
        if (!line.ContainsAny(Special)) return;
        foreach (var rule in Rules)
        {
            var count = line.Count(rule.From.AsSpan());
            if (count != 0) Count(rule, count, number, seen);
        }
    }

    private static string Describe(string to) => to switch { "" => "nothing", " " => "space", _ => to };
}
