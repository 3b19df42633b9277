using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Joins a paragraph's lines into one text. A line ending in a hyphen is either a word split by the
/// typesetter (<c>con-</c> + <c>vened</c>: joined) or a compound broken at its own hyphen
/// (<c>Party-</c> + <c>wide</c>: kept). Evidence, strongest first: the same word elsewhere in the
/// document, joined or hyphenated; the left part ending another hyphenated word of the document
/// (<c>non-revolutionary</c> for <c>non-</c> + <c>committal</c>); the shipped word list; then a rule (keep the hyphen when both sides
/// are words of their own, or the left side is a capitalised word).
/// </summary>
public sealed class Dehyphenator
{
    private static readonly string[] Suffixes = ["s", "es", "ed", "ing", "ly", "ism", "ist", "ness", "ment", "al"];

    // English prefixes that form hyphenated compounds (self-criticism, non-committal, anti-epidemic, by-elected).
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
        { "self", "non", "anti", "half", "cross", "quasi", "by" };

    // Keys compare case-insensitively: "Party" and "party" are the same word for hyphenation evidence.
    private readonly Dictionary<string, (int Count, int Line)> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Word, int Line)> _prefixes = new(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly int _joinedLineLength;

    /// <summary>Learns the document's own words: every word not broken at a line end.</summary>
    public Dehyphenator(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Words.Length).Order().ToList();
        _joinedLineLength = lengths.Count == 0 ? int.MaxValue : lengths[lengths.Count / 2];
        var afterBreak = false;
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            var tokens = line.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var breaks = IsBreakHyphen(line.Text);
            for (var t = afterBreak ? 1 : 0; t < tokens.Length - (breaks ? 1 : 0); t++)
            {
                var word = Core(tokens[t]);
                if (word.Length == 0) continue;
                var hyphen = word.IndexOf('-');
                if (hyphen > 0) _prefixes.TryAdd(word[..hyphen], (word.ToLowerInvariant(), line.Number));
                _words[word] = _words.TryGetValue(word, out var seen) ? seen with { Count = seen.Count + 1 } : (1, line.Number);
            }
            afterBreak = breaks;
        }
    }

    public string Join(IReadOnlyList<SourceLine> lines, List<CleanupDecision> decisions)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Words;
            if (text.Length == 0) continue;
            if (text.Length > _joinedLineLength)
                text = RestoreDroppedHyphens(lines[i], text, afterBreak: i > 0 && IsBreakHyphen(lines[i - 1].Text), decisions);
            if (sb.Length > 0 && !(i > 0 && IsBreakHyphen(lines[i - 1].Text) && StartsWithLetter(text))) sb.Append(' ');
            if (i + 1 < lines.Count && IsBreakHyphen(text) && StartsWithLetter(lines[i + 1].Words))
            {
                var join = Decide(lines[i], lines[i + 1], out var decision);
                decisions.Add(decision);
                sb.Append(join ? text[..^1] : text);
            }
            else
            {
                sb.Append(text);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Some extractors (pdftotext) join a line ending in a hyphen to the next and drop the hyphen, even a
    /// compound's (<c>self-</c> + <c>protectionism</c> becomes <c>selfprotectionism</c>). In a line longer
    /// than the document's median line, a letters-only word gets its hyphen back on evidence, strongest first:
    /// the hyphenated form elsewhere in the document; the document's own spelling of a compound-forming
    /// prefix (it writes <c>non-revolutionary</c>, so <c>noncommittal</c> was <c>non-committal</c>, though
    /// the word list knows both); for a word the list does not know, a compound-forming prefix or a prefix the
    /// document hyphenates before a word, or two listed words of three letters or more (<c>fiveyear</c>).
    /// </summary>
    private string RestoreDroppedHyphens(SourceLine line, string text, bool afterBreak, List<CleanupDecision> decisions)
    {
        var tokens = text.Split(' ');
        var changed = false;
        // Pieces of words broken at this line's ends are not words; the line-end rule decides them.
        for (var t = afterBreak ? 1 : 0; t < tokens.Length - (IsBreakHyphen(text) ? 1 : 0); t++)
        {
            var word = Core(tokens[t]);
            if (word.Length < 6 || word.AsSpan().ContainsAnyExcept(Letters)) continue;
            // The document's own vocabulary holds this very token, so only the list can vouch for it.
            var listed = IsWord(word, WordList.Contains);
            for (var cut = 2; cut <= word.Length - 3; cut++)
            {
                var (left, right) = (word[..cut], word[cut..]);
                var evidence = RestoreEvidence(left, right, listed);
                if (evidence is null) continue;
                tokens[t] = tokens[t].Replace(word, left + "-" + right, StringComparison.Ordinal);
                decisions.Add(new CleanupDecision(CleanupKind.HyphenRestored, line.Number, $"{word} -> {left}-{right}",
                    "the extractor joined lines and dropped a hyphen; " + evidence));
                changed = true;
                break;
            }
        }
        return changed ? string.Join(' ', tokens) : text;
    }

    private string? RestoreEvidence(string left, string right, bool listed)
    {
        if (_words.GetValueOrDefault(left + "-" + right) is { Count: > 0 } attested)
            return $"'{left}-{right}' is at line {attested.Line}";
        var styled = _prefixes.TryGetValue(left, out var compound);
        if (styled && CompoundPrefixes.Contains(left) && right.Length >= 5 && WordList.Contains(right))
            return $"the text writes the prefix '{left}-' with its hyphen ('{compound.Word}' at line {compound.Line}) and '{right}' is a word";
        if (listed) return null;
        if (styled && IsWord(right))
            return $"'{left}-' begins another hyphenated word, '{compound.Word}' at line {compound.Line}, and '{right}' is a word";
        if (CompoundPrefixes.Contains(left) && IsWord(right))
            return $"'{left}-' is a compound-forming prefix and '{right}' a word";
        if (left.Length >= 3 && WordList.Contains(left) && WordList.Contains(right))
            return $"'{left + right}' is not a word, and '{left}' and '{right}' are";
        return null;
    }

    /// <summary>A hyphen ending a line right after a letter (not a dash "--").</summary>
    public static bool IsBreakHyphen(string text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    private static bool StartsWithLetter(string text) => text.Length > 0 && char.IsLetter(text[0]);

    private bool Decide(SourceLine line, SourceLine next, out CleanupDecision decision)
    {
        var leftToken = TextShape.LastWord(line.Words)[..^1];
        var left = Core(leftToken);
        var leftPart = left[(left.LastIndexOf('-') + 1)..];
        var right = LeadingLetters(TextShape.FirstWord(next.Words));
        var joined = left + right;
        var hyphenated = left + "-" + right;
        var shown = $"{leftPart}-{right}";

        var joinedSeen = _words.GetValueOrDefault(joined);
        var hyphenSeen = _words.GetValueOrDefault(hyphenated);
        if (joinedSeen.Count > hyphenSeen.Count)
            return Result(true, $"found '{left + right}' unbroken at line {joinedSeen.Line}", out decision);
        if (hyphenSeen.Count > joinedSeen.Count)
            return Result(false, $"found '{left}-{right}' unbroken at line {hyphenSeen.Line}", out decision);
        if (_prefixes.TryGetValue(leftPart, out var compound) && IsWord(right))
            return Result(false, $"'{leftPart}-' begins another hyphenated word, '{compound.Word}' at line {compound.Line}", out decision);

        if (CompoundPrefixes.Contains(leftPart) && IsWord(right))
            return Result(false, $"'{leftPart}-' is a compound-forming prefix and '{right}' a word", out decision);
        if (Suffixes.Contains(right.ToLowerInvariant()) || IsWord(leftPart + right))
            return Result(true, $"'{leftPart + right}' is a word (word list, or the document, with its suffix)", out decision);

        var leftIsWord = IsWord(leftPart);
        var rightIsWord = IsWord(right);
        if (leftIsWord && rightIsWord)
            return Result(false, $"'{leftPart}' and '{right}' are words of their own", out decision);
        if (leftIsWord && char.IsUpper(leftPart[0]))
            return Result(false, $"'{leftPart}' is a capitalised word", out decision);
        return Result(true, $"'{leftPart}' and '{right}' are not both words", out decision);

        bool Result(bool join, string evidence, out CleanupDecision d)
        {
            d = new CleanupDecision(join ? CleanupKind.HyphenJoined : CleanupKind.HyphenKept, line.Number,
                join ? $"{shown} -> {leftPart + right}" : $"{shown} kept", evidence);
            return join;
        }
    }

    /// <summary>A word of the list or of the document, or one of them with a common suffix.</summary>
    private bool IsWord(string word) => IsWord(word, Known);

    private static bool IsWord(string word, Func<string, bool> known) =>
        word.Length > 0 && (known(word) || Suffixes.Any(x => word.Length > x.Length + 2
            && word.EndsWith(x, StringComparison.OrdinalIgnoreCase) && known(word[..^x.Length])));

    private bool Known(string word) => WordList.Contains(word) || _words.ContainsKey(word);

    /// <summary>A token without the punctuation around it (keeps inner hyphens and apostrophes).</summary>
    private static string Core(string token)
    {
        int start = 0, end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start])) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return token[start..end];
    }

    private static string LeadingLetters(string token)
    {
        var n = 0;
        while (n < token.Length && char.IsLetter(token[n])) n++;
        return token[..n];
    }
}
