using System.Text;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Splits the index's terms into shards by prefix, as Pagefind does, so a query fetches only the shards of its
/// own terms: terms are grouped by their first two characters, and a group larger than <see cref="MaxBytes"/>
/// is split again by one more character, as often as it takes (a single term's postings stay in one shard
/// however large). The browser reads a term from the shard with the longest key its term starts with.
/// </summary>
public static class SearchShards
{
    /// <summary>The size a shard is split above: a query's few shards stay small next to the page itself.</summary>
    public const int MaxBytes = 32 * 1024;

    private const int FirstKeyLength = 2;

    /// <summary>The shards, each a key and its terms (in the order given); <paramref name="bytes"/> is a term's size in its shard.</summary>
    public static List<(string Key, List<string> Terms)> Split(IEnumerable<string> terms, Func<string, int> bytes)
    {
        var shards = new List<(string, List<string>)>();
        foreach (var group in terms.GroupBy(t => Prefix(t, FirstKeyLength), StringComparer.Ordinal))
            SplitGroup(group.Key, FirstKeyLength, group.ToList(), bytes, shards);
        return shards;
    }

    private static void SplitGroup(string key, int keyLength, List<string> terms, Func<string, int> bytes, List<(string, List<string>)> shards)
    {
        if (terms.Sum(bytes) <= MaxBytes || terms.All(t => Length(t) <= keyLength))
        {
            shards.Add((key, terms));
            return;
        }
        // The term that is the key itself stays in the key's shard; the longer ones go one character further.
        var itself = terms.Where(t => Length(t) <= keyLength).ToList();
        if (itself.Count > 0) shards.Add((key, itself));
        foreach (var group in terms.Where(t => Length(t) > keyLength).GroupBy(t => Prefix(t, keyLength + 1), StringComparer.Ordinal))
            SplitGroup(group.Key, keyLength + 1, group.ToList(), bytes, shards);
    }

    /// <summary>The first <paramref name="length"/> characters (code points, as the browser counts them) of <paramref name="term"/>.</summary>
    public static string Prefix(string term, int length)
    {
        var prefix = new StringBuilder(length * 2);
        foreach (var rune in term.EnumerateRunes())
        {
            if (length-- == 0) break;
            prefix.Append(rune.ToString());
        }
        return prefix.ToString();
    }

    private static int Length(string term) => term.EnumerateRunes().Count();
}
