namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Folds English plurals (and the possessive left after the apostrophe is dropped) onto the singular, so
/// "officials" finds "official" and "policies" finds "policy". Deliberately small and predictable rather than a
/// full Porter stemmer: the same rules run in the browser (<c>assets/search.js</c>, <c>stem</c>), and a query must
/// stem exactly as the index did. The rules, first match wins:
/// words of three letters or fewer stay; <c>-ies</c> becomes <c>-y</c>; <c>-sses</c>, <c>-xes</c>, <c>-ches</c>
/// and <c>-shes</c> lose <c>-es</c>; words in <c>-ss</c>, <c>-us</c> and <c>-is</c> stay; any other final
/// <c>-s</c> goes.
/// </summary>
public static class PluralStemmer
{
    /// <summary>Stems the word in place (it only ever shortens); returns its new length.</summary>
    public static int Stem(Span<char> word)
    {
        ReadOnlySpan<char> w = word;
        if (w.Length <= 3 || w[^1] != 's') return w.Length;
        if (w.EndsWith("ies"))
        {
            if (w.Length <= 4) return w.Length;
            word[^3] = 'y';
            return w.Length - 2;
        }
        if (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("ches") || w.EndsWith("shes")) return w.Length - 2;
        if (w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is")) return w.Length;
        return w.Length - 1;
    }
}
