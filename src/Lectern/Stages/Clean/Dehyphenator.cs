using System.Buffers;
using System.Runtime.InteropServices;
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
public sealed partial class Dehyphenator
{
    private static readonly string[] Suffixes = ["s", "es", "ed", "ing", "ly", "ism", "ist", "ness", "ment", "al"];

    // English prefixes that form hyphenated compounds (self-criticism, non-committal, anti-epidemic, by-elected).
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
        { "self", "non", "anti", "half", "cross", "quasi", "by" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundPrefixSpans =
        CompoundPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Keys compare case-insensitively: "Party" and "party" are the same word for hyphenation evidence.
    // The span lookups find a word of a line without making a string of it. Every word of the document is
    // learned only when a decision first asks for one (a text without line-end hyphens rarely does); the
    // hyphenated words, which every long line's check needs, are learned at once.
    private readonly IReadOnlyList<SourceLine> _lines;
    // Count: occurrences; Line: the first one's; InJoined: occurrences in lines the extractor may have joined (see JoinedLineLength).
    private Dictionary<string, (int Count, int Line, int InJoined)>? _words;
    private Dictionary<string, (int Count, int Line, int InJoined)>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;
    private readonly Dictionary<string, (string Word, int Line)> _prefixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Word, int Line)>.AlternateLookup<ReadOnlySpan<char>> _prefixSpans;
    // The document's words with one inner hyphen, keyed without it: "fiveyear" -> "five-year".
    private readonly Dictionary<string, (int Cut, int Line)> _unhyphenated = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Cut, int Line)>.AlternateLookup<ReadOnlySpan<char>> _unhyphenatedSpans;

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The length over which a line may hold several printed lines joined by the extractor.
    private readonly int _joinedLineLength;

    // The compound-forming prefixes this document writes with a hyphen (non-revolutionary: "non").
    private readonly List<(string Prefix, (string Word, int Line) Compound)> _styledPrefixes = [];

    // The document's addresses and file names, for a line broken inside one after its point or slash.
    private readonly UnbrokenTokens _unbroken;

    // What the source's layout printed at line-end hyphens, if it was read from its pages.
    private readonly IReadOnlyDictionary<int, (bool Break, string Evidence)>? _printedHyphens;

    /// <summary>Learns the document's own words: every word not broken at a line end.</summary>
    /// <param name="layout">The source's layout, where it has one: the glyphs of its line-end hyphens, and whether its lines are the printed ones.</param>
    public Dehyphenator(IReadOnlyList<SourceLine> lines, SourceLayout? layout = null)
    {
        _lines = lines;
        _unbroken = new UnbrokenTokens(lines);
        _printedHyphens = layout?.LineEndHyphens;
        _prefixSpans = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _unhyphenatedSpans = _unhyphenated.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = ArrayPool<int>.Shared.Rent(lines.Count);
        var textLines = 0;
        foreach (var (line, memory) in WholeWordsOfLines(lines))
        {
            lengths[textLines++] = line.Words.Length;
            var words = memory.Span;
            if (!words.Contains('-')) continue;
            foreach (var range in TextShape.SplitAtSpaces(words))
            {
                var word = TextShape.WordCore(words[range]);
                var hyphen = word.IndexOf('-');
                if (hyphen <= 0) continue;
                // The first occurrence is kept: strings are made only for a prefix or a word not seen before.
                ref var prefix = ref CollectionsMarshal.GetValueRefOrAddDefault(_prefixSpans, word[..hyphen], out var seen);
                if (!seen) prefix = (LowerCase(word), line.Number);
                if (!word[(hyphen + 1)..].Contains('-')) AddUnhyphenated(word, hyphen, line.Number);
            }
        }
        _joinedLineLength = textLines == 0 || layout is { LinesArePrinted: true } ? int.MaxValue : JoinedLineLength.Of(lengths.AsSpan(0, textLines));
        ArrayPool<int>.Shared.Return(lengths);
        foreach (var (prefix, compound) in _prefixes)
            if (CompoundPrefixes.Contains(prefix)) _styledPrefixes.Add((prefix, compound));
    }

    /// <summary>Learns a word with one inner hyphen under its form without it (joined on the stack; a string only if new).</summary>
    private void AddUnhyphenated(ReadOnlySpan<char> word, int hyphen, int line)
    {
        Span<char> joined = word.Length <= 256 ? stackalloc char[word.Length - 1] : new char[word.Length - 1];
        word[..hyphen].CopyTo(joined);
        word[(hyphen + 1)..].CopyTo(joined[hyphen..]);
        _unhyphenatedSpans.TryAdd(joined, (hyphen, line));
    }

    private static string LowerCase(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>Each text line with the part of it that holds whole words.</summary>
    private static IEnumerable<(SourceLine Line, ReadOnlyMemory<char> Words)> WholeWordsOfLines(IReadOnlyList<SourceLine> lines)
    {
        var afterBreak = false;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var breaks = IsBreakHyphen(line.Text);
            var (from, to) = WholeWords(line.Words, afterBreak, breaks);
            yield return (line, line.WordsMemory[from..to]);
            afterBreak = breaks;
        }
    }

    /// <summary>Every word of the document with its count and first line, learned on first use.</summary>
    private Dictionary<string, (int Count, int Line, int InJoined)>.AlternateLookup<ReadOnlySpan<char>> Vocabulary()
    {
        if (_words is not null) return _wordSpans;
        _words = new(_lines.Count * 2, StringComparer.OrdinalIgnoreCase);
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (line, memory) in WholeWordsOfLines(_lines))
        {
            var words = memory.Span;
            var inJoined = line.Words.Length > _joinedLineLength ? 1 : 0;
            foreach (var range in TextShape.SplitAtSpaces(words))
            {
                var word = TextShape.WordCore(words[range]);
                if (word.Length == 0) continue;
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordSpans, word, out var exists);
                seen = exists ? (seen.Count + 1, seen.Line, seen.InJoined + inJoined) : (1, line.Number, inJoined);
            }
        }
        return _wordSpans;
    }

    /// <summary>
    /// The part of a line's text that holds whole words: without the piece of a word broken at the end of the
    /// line before (<paramref name="afterBreak"/>) or at this line's end (<paramref name="breaks"/>).
    /// </summary>
    private static (int From, int To) WholeWords(ReadOnlySpan<char> text, bool afterBreak, bool breaks)
    {
        var from = 0;
        if (afterBreak)
        {
            var space = text.IndexOf(' ');
            from = space < 0 ? text.Length : space + 1;
        }
        var to = text.Length;
        if (breaks) to = Math.Max(from, text.LastIndexOf(' '));
        return (from, to);
    }

    public string Join(ReadOnlySpan<SourceLine> lines, List<CleanupDecision> decisions)
    {
        var sb = new StringBuilder();
        var attached = false;
        var suspended = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Words;
            if (text.Length == 0) continue;
            var afterBreak = i > 0 && IsBreakHyphen(lines[i - 1].Text);
            if (text.Length > _joinedLineLength) text = RestoreDroppedHyphens(lines[i], text, afterBreak, decisions);
            if (sb.Length > 0 && (suspended || !(afterBreak && StartsWithLetter(text))) && !attached) sb.Append(' ');
            attached = false;
            suspended = false;
            if (i + 1 < lines.Length && SuspendedHyphen.Before(text, lines[i + 1].Words) is { } evidence)
            {
                // The hyphen stands for a word's second part that follows later ("human- and machine-readable"):
                // nothing is joined, so the words stay as the line shows them and the fidelity check needs no replay.
                suspended = true;
                decisions.Add(new CleanupDecision(CleanupKind.HyphenSuspended, lines[i].Number, $"{TextShape.LastWord(text)} kept apart", evidence) { Column = lines[i].Column });
                sb.Append(text);
            }
            else if (i + 1 < lines.Length && IsBreakHyphen(text) && StartsWithLetter(lines[i + 1].Words))
            {
                var join = Decide(lines[i], lines[i + 1], out var decision);
                decisions.Add(decision);
                sb.Append(join ? text[..^1] : text);
            }
            else if (i + 1 < lines.Length && EndsInAttachedHyphen(text) && StartsWithLetterOrDigit(lines[i + 1].Words))
            {
                // A hyphen after a number or a point (60-year, U.S.-Japan), or before a number, is no break of a
                // word into syllables: it joins what follows, and a dash would stand apart or be doubled.
                attached = true;
                var next = TextShape.FirstWordSpan(lines[i + 1].Words);
                decisions.Add(new CleanupDecision(CleanupKind.HyphenKept, lines[i].Number, $"{TextShape.LastWord(text)}{next} kept",
                    "a hyphen after a number or a point, or before a number, joins what follows") { Column = lines[i].Column });
                sb.Append(text);
            }
            else if (i + 1 < lines.Length && UnbrokenTokens.EndsAtBreakableSeparator(text)
                && _unbroken.FoundWhole(TextShape.LastWord(text), TextShape.FirstWordSpan(lines[i + 1].Words)) is var (token, whole))
            {
                attached = true;
                decisions.Add(new CleanupDecision(CleanupKind.TokenRejoined, lines[i].Number, $"{token} joined",
                    $"found '{token}' unbroken at line {whole}") { Column = lines[i].Column });
                sb.Append(text);
            }
            else
            {
                sb.Append(text);
            }
        }
        return sb.ToString();
    }

    /// <summary>A hyphen ending a line right after a letter (not a dash "--").</summary>
    public static bool IsBreakHyphen(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    private static bool StartsWithLetter(ReadOnlySpan<char> text) => text.Length > 0 && char.IsLetter(text[0]);

    private static bool StartsWithLetterOrDigit(ReadOnlySpan<char> text) => text.Length > 0 && char.IsLetterOrDigit(text[0]);

    /// <summary>A line ending in a hyphen attached to a digit or a point ("60-", "U.S.-"), or to a letter where the next line starts with a number ("A-").</summary>
    private static bool EndsInAttachedHyphen(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] == '-' && (char.IsLetterOrDigit(text[^2]) || text[^2] == '.');

    private bool Decide(SourceLine line, SourceLine next, out CleanupDecision decision)
    {
        var leftToken = TextShape.LastWord(line.Words)[..^1];
        var left = TextShape.WordCore(leftToken).ToString();
        var leftPart = left[(left.LastIndexOf('-') + 1)..];
        var right = TextShape.LeadingLetters(TextShape.FirstWordSpan(next.Words));
        var joined = left + right;
        var hyphenated = left + "-" + right;
        var shown = $"{leftPart}-{right}";

        if (_printedHyphens is not null && _printedHyphens.TryGetValue(line.Number, out var printed))
            return Result(printed.Break, printed.Evidence, out decision);

        var words = Vocabulary();
        var joinedSeen = words.TryGetValue(joined, out var j) ? j : default;
        var hyphenSeen = words.TryGetValue(hyphenated, out var h) ? h : default;
        // The joined form in lines the extractor joined is the hyphenated one where a rule puts its hyphen back.
        var restored = joinedSeen.InJoined > 0 && DroppedHyphenIn(joined) is { } found && found.Cut == left.Length ? found : (DroppedHyphen?)null;
        var restoredCount = restored is null ? 0 : joinedSeen.InJoined;
        var (joinedCount, hyphenCount) = (joinedSeen.Count - restoredCount, hyphenSeen.Count + restoredCount);
        if (joinedCount > hyphenCount)
            return Result(true, $"found '{left + right}' unbroken at line {joinedSeen.Line}", out decision);
        if (hyphenCount > joinedCount)
            return Result(false, hyphenSeen.Count > 0 ? $"found '{left}-{right}' unbroken at line {hyphenSeen.Line}"
                : $"found '{left + right}' at line {joinedSeen.Line}, in a line the extractor joined, where its hyphen is put back: {restored!.Value.Evidence(left, right)}", out decision);
        if (_prefixes.TryGetValue(leftPart, out var compound) && IsWord(right, documentToo: true))
            return Result(false, $"'{leftPart}-' begins another hyphenated word, '{compound.Word}' at line {compound.Line}", out decision);

        if (CompoundPrefixes.Contains(leftPart) && IsWord(right, documentToo: true))
            return Result(false, $"'{leftPart}-' is a compound-forming prefix and '{right}' a word", out decision);
        if (Suffixes.Contains(right.ToLowerInvariant()) || IsWord(leftPart + right, documentToo: true))
            return Result(true, $"'{leftPart + right}' is a word (word list, or the document, with its suffix)", out decision);

        var leftIsWord = IsWord(leftPart, documentToo: true);
        var rightIsWord = IsWord(right, documentToo: true);
        if (leftIsWord && rightIsWord)
            return Result(false, $"'{leftPart}' and '{right}' are words of their own", out decision);
        if (leftIsWord && char.IsUpper(leftPart[0]))
            return Result(false, $"'{leftPart}' is a capitalised word", out decision);
        return Result(true, $"'{leftPart}' and '{right}' are not both words", out decision);

        bool Result(bool join, string evidence, out CleanupDecision d)
        {
            d = new CleanupDecision(join ? CleanupKind.HyphenJoined : CleanupKind.HyphenKept, line.Number,
                join ? $"{shown} -> {leftPart + right}" : $"{shown} kept", evidence) { Column = line.Column };
            return join;
        }
    }

    /// <summary>A word of the list (or of the document too), or one of them with a common suffix.</summary>
    private bool IsWord(ReadOnlySpan<char> word, bool documentToo)
    {
        if (word.Length == 0) return false;
        if (Known(word, documentToo)) return true;
        foreach (var suffix in Suffixes)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && Known(word[..^suffix.Length], documentToo)) return true;
        return false;
    }

    private bool Known(ReadOnlySpan<char> word, bool documentToo) =>
        WordList.Contains(word) || documentToo && Vocabulary().ContainsKey(word);
}
