using System.Text;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Text to index terms, as the browser's <c>assets/search.js</c> (<c>terms</c>) does it for a query: lower-cased,
/// stripped of diacritics (so "Pyŏngyang" is "pyongyang"), apostrophes dropped within a word
/// ("Workers'" is "workers"), split at anything that is not a letter or digit (so "self-protectionism" is "self"
/// and "protectionism"), stop words left out, and plurals folded (<see cref="PluralStemmer"/>).
/// </summary>
public static class SearchTerms
{
    /// <summary>Called with each term in turn; the span is valid during the call only.</summary>
    public delegate void TermAction<TState>(ReadOnlySpan<char> term, ref TState state);

    /// <summary>The terms of <paramref name="text"/> in order, repeats included.</summary>
    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        ForEach(text, static (ReadOnlySpan<char> term, ref List<string> list) => list.Add(term.ToString()), ref terms);
        return terms;
    }

    /// <summary>
    /// Hands each term of <paramref name="text"/> to <paramref name="action"/> without making a string of it: a large
    /// library has millions of words, and a string apiece would be most of what indexing allocates.
    /// </summary>
    public static void ForEach<TState>(string text, TermAction<TState> action, ref TState state)
    {
        // ASCII text (most of it) is lower-cased a letter at a time below, without a folded copy of the whole text.
        if (!Ascii.IsValid(text)) text = Fold(text);
        Span<char> word = stackalloc char[64];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || (!char.IsAscii(c) && char.IsLetterOrDigit(c)))
            {
                // A "word" longer than the buffer (a URL, a run of digits) is cut; its start still finds it.
                if (length < word.Length) word[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (c is '\'' or '\u2019') continue;
            else Flush(word, ref length, action, ref state);
        }
        Flush(word, ref length, action, ref state);
    }

    /// <summary>Lower case without diacritics (<see cref="DiacriticFolding"/>); ASCII text (most of it) is only lower-cased.</summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        if (Ascii.IsValid(lower)) return lower;
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (DiacriticFolding.IsCombiningMark(c)) continue;
            if (DiacriticFolding.Table.TryGetValue(c, out var plain)) folded.Append(plain);
            else folded.Append(c);
        }
        return folded.ToString();
    }

    private static void Flush<TState>(Span<char> word, ref int length, TermAction<TState> action, ref TState state)
    {
        if (length == 0) return;
        var text = word[..length];
        length = 0;
        if (!StopWords.Contains(text)) action(text[..PluralStemmer.Stem(text)], ref state);
    }
}
