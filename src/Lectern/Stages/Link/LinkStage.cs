using System.Runtime.InteropServices;
using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Stages.Link;

/// <summary>The Link stage: work that needs every page, done once: ordering readings and the glossary concordance.</summary>
public static class LinkStage
{
    public static SiteIndex Execute(Site site, DiagnosticBag? diagnostics = null)
    {
        var ordered = site.Readings
            .OrderByDescending(r => r.Metadata.Date ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();

        // Each reading's occurrences are grouped on every core (the build waits for this stage), then the
        // groups are joined in reading order.
        var concordance = new Dictionary<string, List<ConcordanceEntry>>(StringComparer.Ordinal);
        foreach (var entries in ordered.AsParallel().AsOrdered().Select(Entries))
        {
            foreach (var (entryId, entry) in entries)
            {
                if (!concordance.TryGetValue(entryId, out var list)) concordance[entryId] = list = [];
                list.Add(entry);
            }
        }

        if (diagnostics is not null) UnusedGlossaryEntries.Report(site, concordance.Keys, diagnostics);
        return new SiteIndex(ordered, concordance.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ConcordanceEntry>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>The reading's entry for each glossary entry it uses: the paragraphs where it occurs, in order, once each.</summary>
    private static List<(string EntryId, ConcordanceEntry Entry)> Entries(Reading reading)
    {
        var paragraphs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var term in reading.Enrichment.Terms)
        {
            if (!paragraphs.TryGetValue(term.EntryId, out var numbers)) paragraphs[term.EntryId] = numbers = [];
            numbers.Add(term.Paragraph);
        }

        var entries = new List<(string, ConcordanceEntry)>(paragraphs.Count);
        foreach (var (entryId, numbers) in paragraphs)
            entries.Add((entryId, new ConcordanceEntry(reading.Slug, reading.Title, DistinctInOrder(numbers))));
        return entries;
    }

    private static int[] DistinctInOrder(List<int> numbers)
    {
        numbers.Sort();
        var distinct = 0;
        for (var i = 0; i < numbers.Count; i++)
            if (i == 0 || numbers[i] != numbers[i - 1]) numbers[distinct++] = numbers[i];
        return CollectionsMarshal.AsSpan(numbers)[..distinct].ToArray();
    }
}
