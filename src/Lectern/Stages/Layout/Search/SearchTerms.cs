using System.Text;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Text to index terms, as the browser's <c>60-search.js</c> (<c>terms</c>) does it for a query: lower-cased,
/// stripped of diacritics (so "Pyŏngyang" is "pyongyang"), apostrophes dropped within a word
/// ("Workers'" is "workers"), split at anything that is not a letter or digit (so "self-protectionism" is "self"
/// and "protectionism"), stop words left out, and plurals folded (<see cref="PluralStemmer"/>).
/// </summary>
public static class SearchTerms
{
    /// <summary>The terms of <paramref name="text"/> in order, repeats included.</summary>
    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        var folded = Fold(text);
        var word = new StringBuilder(24);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '\'' or '\u2019') continue;
            else Flush(word, terms);
        }
        Flush(word, terms);
        return terms;
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

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0) return;
        var text = word.ToString();
        word.Clear();
        if (!StopWords.Words.Contains(text)) terms.Add(PluralStemmer.Stem(text));
    }
}
