using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>The dropped-hyphen rule: a hyphen the extractor took out of a line it joined is put back on the document's evidence.</summary>
public sealed partial class Dehyphenator
{
    /// <summary>
    /// Some extractors (pdftotext) join a line ending in a hyphen to the next and drop the hyphen, even a
    /// compound's (<c>self-</c> + <c>protectionism</c> becomes <c>selfprotectionism</c>). In a line that may
    /// be several printed lines (<see cref="JoinedLineLength"/>), a letters-only word gets its hyphen back on evidence, strongest first:
    /// the hyphenated form elsewhere in the document; the document's own spelling of a compound-forming
    /// prefix (it writes <c>non-revolutionary</c>, so <c>noncommittal</c> was <c>non-committal</c>, though
    /// the word list knows both); for a word the list does not know, a compound-forming prefix or a prefix the
    /// document hyphenates before a word, or two listed words of three letters or more (<c>fiveyear</c>).
    /// </summary>
    private ReadOnlySpan<char> RestoreDroppedHyphens(SourceLine line, ReadOnlySpan<char> text, bool afterBreak, List<CleanupDecision> decisions)
    {
        StringBuilder? restored = null;
        var copied = 0;
        // Pieces of words broken at this line's ends are not words; the line-end rule decides them.
        var (from, to) = WholeWords(text, afterBreak, IsBreakHyphen(text));
        var span = text[from..to];
        foreach (var range in TextShape.SplitAtSpaces(span))
        {
            var token = span[range];
            var word = TextShape.WordCore(token);
            if (DroppedHyphenIn(word) is not { } found) continue;
            var at = from + range.Start.Value + token.IndexOf(word) + found.Cut;
            // The join is where a printed line ended, and the line starts where a printed line started: a hyphen the join
            // dropped stands at least most of a printed line in. Nearer the start, the word is as the source wrote it.
            if (at < _joinedLineLength * JoinAtLeast) continue;
            restored ??= new StringBuilder(text.Length + 8);
            restored.Append(text[copied..at]).Append('-');
            copied = at;
            var (left, right) = (word[..found.Cut].ToString(), word[found.Cut..].ToString());
            decisions.Add(new CleanupDecision(CleanupKind.HyphenRestored, line.Number, $"{left + right} -> {left}-{right}",
                "the extractor joined lines and dropped a hyphen; " + found.Evidence(left, right)) { Column = line.Column });
        }
        return restored is null ? text : restored.Append(text[copied..]).ToString();
    }

    /// <summary>How far into a joined line, as a share of the typical line, the first join can be: a wrapped line is rarely shorter.</summary>
    private const double JoinAtLeast = 0.7;

    private enum RestoreRule { Attested, PrefixStyle, RestoredPrefixStyle, DocumentPrefix, CompoundPrefix, TwoWords }

    /// <summary>Where the dropped hyphen goes, by which rule, and the document's word that shows it (if any).</summary>
    private readonly record struct DroppedHyphen(int Cut, RestoreRule Rule, string Word = "", int Line = 0)
    {
        public string Evidence(string left, string right) => Rule switch
        {
            RestoreRule.Attested => $"'{left}-{right}' is at line {Line}",
            RestoreRule.PrefixStyle => $"the text writes the prefix '{left}-' with its hyphen ('{Word}' at line {Line}) and '{right}' is a word",
            RestoreRule.RestoredPrefixStyle => $"the text writes the prefix '{left}-' with its hyphen: '{Word.Replace("-", "")}' at line {Line}, no word, got it back as '{Word}' ('{left}-' is a compound-forming prefix); and '{right}' is a word",
            RestoreRule.DocumentPrefix => $"'{left}-' begins another hyphenated word, '{Word}' at line {Line}, and '{right}' is a word",
            RestoreRule.CompoundPrefix => $"'{left}-' is a compound-forming prefix and '{right}' a word",
            _ => $"'{left + right}' is not a word, and '{left}' and '{right}' are",
        };
    }

    private DroppedHyphen? FindDroppedHyphen(ReadOnlySpan<char> word)
    {
        if (_unhyphenatedSpans.TryGetValue(word, out var attested))
            return new(attested.Cut, RestoreRule.Attested, Line: attested.Line);

        // The document's vocabulary holds this very token (it was learned from this line), so only the list
        // vouches for it; a listed word loses its hyphen only to the document's own spelling of a prefix:
        // written with its hyphen, or put back by rule where the extractor dropped it too.
        if (IsWord(word, documentToo: false))
        {
            // Both kinds of prefix are compound-forming ones: a word starting with none of those needs neither
            // loop, nor RestoredPrefixes(), a pass over the whole document.
            if (!StartsWithCompoundPrefix(word, ListedWordAfterPrefix)) return null;
            foreach (var (prefix, compound) in _styledPrefixes)
                if (PrefixOfListedWords(word, prefix))
                    return new(prefix.Length, RestoreRule.PrefixStyle, compound.Word, compound.Line);
            foreach (var (prefix, compound) in RestoredPrefixes())
                if (PrefixOfListedWords(word, prefix))
                    return new(prefix.Length, RestoreRule.RestoredPrefixStyle, compound.Word, compound.Line);
            return null;
        }
        return FindInUnlistedWord(word);
    }

    /// <summary>Where a letters-only word of six letters or more lost its hyphen, if it did.</summary>
    private DroppedHyphen? DroppedHyphenIn(ReadOnlySpan<char> word) =>
        word.Length < 6 || word.ContainsAnyExcept(Letters) ? null : FindDroppedHyphen(word);

    private const int ListedWordAfterPrefix = 5;

    private static bool PrefixOfListedWords(ReadOnlySpan<char> word, string prefix) =>
        word.Length >= prefix.Length + ListedWordAfterPrefix && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && WordList.Contains(word[prefix.Length..]);

    private DroppedHyphen? FindInUnlistedWord(ReadOnlySpan<char> word)
    {
        for (var cut = 2; cut <= word.Length - 3; cut++)
        {
            ReadOnlySpan<char> left = word[..cut], right = word[cut..];
            var compoundPrefix = CompoundPrefixSpans.Contains(left);
            var styled = _prefixSpans.TryGetValue(left, out var compound);
            if (styled && compoundPrefix && right.Length >= 5 && WordList.Contains(right))
                return new(cut, RestoreRule.PrefixStyle, compound.Word, compound.Line);
            if (styled && IsWord(right, documentToo: true))
                return new(cut, RestoreRule.DocumentPrefix, compound.Word, compound.Line);
            if (compoundPrefix && IsWord(right, documentToo: true))
                return new(cut, RestoreRule.CompoundPrefix);
            if (cut >= 3 && WordList.Contains(left) && WordList.Contains(right))
                return new(cut, RestoreRule.TwoWords);
        }
        return null;
    }

    /// <summary>
    /// The compound-forming prefixes whose hyphen the extractor dropped in an unlisted word and the rule put
    /// back (<c>nonrevolutionary</c> is no word: <c>non-revolutionary</c>), with that word: evidence of how the
    /// document spells the prefix where the list knows the joined word too (<c>noncommittal</c>). Learned in
    /// one pass over the joined lines, on first use.
    /// </summary>
    private Dictionary<string, (string Word, int Line)> RestoredPrefixes()
    {
        if (_restoredPrefixes is not null) return _restoredPrefixes;
        _restoredPrefixes = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, memory) in WholeWordsOfLines(_lines))
        {
            if (line.Words.Length <= _joinedLineLength) continue;
            var words = memory.Span;
            foreach (var range in TextShape.SplitAtSpaces(words))
            {
                var word = TextShape.WordCore(words[range]);
                if (word.Length < 6 || word.ContainsAnyExcept(Letters) || !StartsWithCompoundPrefix(word, 3) || _unhyphenatedSpans.ContainsKey(word) || IsWord(word, documentToo: false)) continue;
                if (FindInUnlistedWord(word) is { Rule: RestoreRule.CompoundPrefix } found)
                    _restoredPrefixes.TryAdd(word[..found.Cut].ToString(),
                        (string.Concat(word[..found.Cut], "-", word[found.Cut..]).ToLowerInvariant(), line.Number));
            }
        }
        return _restoredPrefixes;
    }

    private Dictionary<string, (string Word, int Line)>? _restoredPrefixes;

    /// <summary>
    /// Whether the word begins with a compound-forming prefix followed by at least <paramref name="rest"/> characters:
    /// only such a word can have its hyphen put back by that rule. Compared in place, not looked up per cut.
    /// </summary>
    private static bool StartsWithCompoundPrefix(ReadOnlySpan<char> word, int rest)
    {
        foreach (var prefix in CompoundPrefixList)
            if (word.Length - prefix.Length >= rest && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] CompoundPrefixList = [.. CompoundPrefixes];
}
