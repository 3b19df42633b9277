namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Folds English plurals (and the possessive left after the apostrophe is dropped) onto the singular, so
/// "officials" finds "official" and "policies" finds "policy". Deliberately small and predictable rather than a
/// full Porter stemmer: the same rules run in the browser (<c>60-search.js</c>, <c>stem</c>), and a query must
/// stem exactly as the index did. The rules, first match wins:
/// words of three letters or fewer stay; <c>-ies</c> becomes <c>-y</c>; <c>-sses</c>, <c>-xes</c>, <c>-ches</c>
/// and <c>-shes</c> lose <c>-es</c>; words in <c>-ss</c>, <c>-us</c> and <c>-is</c> stay; any other final
/// <c>-s</c> goes.
/// </summary>
public static class PluralStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word[^1] != 's') return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word.Length > 4 ? word[..^3] + "y" : word;
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            return word;
        return word[..^1];
    }
}
