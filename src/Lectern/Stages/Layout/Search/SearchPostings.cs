using System.Collections.Concurrent;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Each reading's terms and the hits they occur in, gathered while the reading's own pages are made (its text is
/// let go after that) and taken, in the site's reading order, by <see cref="SearchIndex"/>. Readings are added
/// from several threads at once.
/// </summary>
public sealed class SearchPostings
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, List<int>>> _byReading = new(StringComparer.Ordinal);

    /// <summary>Indexes one reading's hits: every term with the ascending, distinct hit numbers it occurs in.</summary>
    public void Add(string slug, IReadOnlyList<SearchHits.Hit> hits)
    {
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var hit = 0; hit < hits.Count; hit++)
        {
            foreach (var term in SearchTerms.Of(hits[hit].Text))
            {
                if (!terms.TryGetValue(term, out var list)) terms[term] = list = [];
                if (list.Count == 0 || list[^1] != hit) list.Add(hit);
            }
        }
        _byReading[slug] = terms;
    }

    /// <summary>The reading's terms, removed from here; empty for a reading never added.</summary>
    public IReadOnlyDictionary<string, List<int>> Take(string slug) =>
        _byReading.TryRemove(slug, out var terms) ? terms : new Dictionary<string, List<int>>();
}
