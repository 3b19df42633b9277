using System.Text;

namespace Lectern.Stages.Layout.Search;

/// <summary>Where the search's files are, relative to the site's root; <c>60-search.js</c> builds the same paths.</summary>
public static class SearchFiles
{
    public const string Folder = "search/";
    public const string Page = Folder + "index.html";
    public const string Meta = Folder + "meta.json";

    /// <summary>Whether <paramref name="path"/> is one of the site-wide index's files (<see cref="SearchIndex"/>): its meta file and term shards.</summary>
    public static bool IsIndex(string path) => path == Meta || path.StartsWith(Folder + "terms/", StringComparison.Ordinal);

    /// <summary>
    /// About how many characters of words one text file holds: a result fetches the file of its hit, so a file is
    /// kept small enough that the ten results shown stay well inside a query's budget, and large enough that most
    /// readings need one file (every file is one more for the build to create).
    /// </summary>
    public const int TextFileChars = 16 * 1024;

    /// <summary>
    /// How many hits each of the reading's text files holds: the hits cut into as few files as keep each under about
    /// <see cref="TextFileChars"/>, as evenly as they divide. <c>meta.json</c> gives the browser this number per reading.
    /// </summary>
    public static int HitsPerTextFile(IReadOnlyList<SearchHits.Hit> hits)
    {
        var chars = 0L;
        foreach (var hit in hits) chars += hit.Text.Length;
        var files = Math.Max(1, (int)((chars + TextFileChars - 1) / TextFileChars));
        return Math.Max(1, (hits.Count + files - 1) / files);
    }

    /// <summary>
    /// The words of a reading's hits, beside its page (so a reading's files stay in its own folder), not in a folder
    /// of their own: at 1,000 readings a folder apiece was a thousand more folders to make on every build.
    /// </summary>
    public static string Text(string slug, int hit, int hitsPerTextFile) => $"{slug}/search-{hit / hitsPerTextFile}.json";

    /// <summary>The shard of terms starting with <paramref name="key"/>; letters and digits a-z0-9 as they are, any other character as <c>_</c> and its code point in hex.</summary>
    public static string Shard(string key)
    {
        var name = new StringBuilder(Folder + "terms/", Folder.Length + 16);
        foreach (var rune in key.EnumerateRunes())
        {
            if (rune.Value is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append((char)rune.Value);
            else name.Append('_').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.Append(".json").ToString();
    }
}
