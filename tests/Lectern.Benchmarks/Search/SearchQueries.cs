using System.Text.Json;
using Lectern.Stages.Layout.Search;

namespace Lectern.Benchmarks.Search;

/// <summary>A query the search benchmark types, and what kind it is (two words, one word, a phrase).</summary>
public sealed record SearchQuery(string Text, string Kind);

/// <summary>
/// Chooses the search benchmark's queries from a built site's own index and text, so they are words the
/// library has, common and rare: pairs of words from one paragraph (the two most common, the most common with
/// the rarest, the two rarest), single words, and a phrase of a paragraph's consecutive words.
/// </summary>
public static class SearchQueries
{
    /// <summary>Hits in the index per term (over all shards of <c>search/terms</c>).</summary>
    public static Dictionary<string, int> HitCounts(string site)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shard in Directory.GetFiles(Path.Combine(site, "search", "terms"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(shard));
            // Postings are "R:h,h,...;R:h,..." (docs/search.md): one hit per number after a colon.
            foreach (var term in json.RootElement.EnumerateObject())
                counts[term.Name] = term.Value.GetString()!.Split(';').Sum(reading => reading.Split(':')[1].Split(',').Length);
        }
        return counts;
    }

    /// <summary>
    /// <paramref name="pairs"/> paragraphs' three pairs each, the most and least common single words, and a
    /// three-word phrase: the same every run for the same library.
    /// </summary>
    public static IReadOnlyList<SearchQuery> Choose(string site, string reading, int pairs)
    {
        var counts = HitCounts(site);
        var paragraphs = ParagraphTexts(site, reading)
            .Where(p => DistinctTerms(p, counts).Count >= 6)
            .ToList();
        var queries = new List<SearchQuery>();
        var step = Math.Max(1, paragraphs.Count / pairs);
        for (var i = 0; i < paragraphs.Count && queries.Count < pairs * 3; i += step)
        {
            var byCount = DistinctTerms(paragraphs[i], counts).OrderByDescending(t => counts[t]).ThenBy(t => t, StringComparer.Ordinal).ToList();
            queries.Add(new($"{byCount[0]} {byCount[1]}", "two words, common"));
            queries.Add(new($"{byCount[0]} {byCount[^1]}", "two words, common and rare"));
            queries.Add(new($"{byCount[^2]} {byCount[^1]}", "two words, rare"));
        }
        // Single words the pairs have not used, so their shards are not already in the page's cache.
        var used = queries.SelectMany(q => q.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var all = counts.Where(c => c.Key.All(char.IsAsciiLetterLower) && c.Key.Length > 3 && !used.Contains(c.Key))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        queries.Add(new(all[0].Key, "one word, common"));
        queries.Add(new(all[^1].Key, "one word, rare"));
        queries.Add(new('"' + Phrase(paragraphs[paragraphs.Count / 2]) + '"', "phrase"));
        return queries.DistinctBy(q => q.Text).ToList();
    }

    /// <summary>The words of the paragraphs of one reading, from its search text files.</summary>
    private static IEnumerable<string> ParagraphTexts(string site, string reading)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(site, reading), "search-*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var hit in json.RootElement.GetProperty("h").EnumerateArray())
                if (hit[0].GetString()!.StartsWith("p-", StringComparison.Ordinal)) yield return hit[2].GetString()!;
        }
    }

    /// <summary>The paragraph's indexed terms that are plain words (a query types them as they are).</summary>
    private static List<string> DistinctTerms(string text, Dictionary<string, int> counts) =>
        SearchTerms.Of(text).Where(t => t.Length > 3 && t.All(char.IsAsciiLetterLower) && counts.ContainsKey(t)).Distinct().ToList();

    /// <summary>Three consecutive words from the middle of the paragraph, as written.</summary>
    private static string Phrase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '"', '(', ')')).ToList();
        var middle = Math.Max(0, words.Count / 2 - 1);
        return string.Join(' ', words.Skip(middle).Take(3));
    }
}
