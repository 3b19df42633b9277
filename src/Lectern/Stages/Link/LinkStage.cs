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

        var concordance = new Dictionary<string, List<ConcordanceEntry>>(StringComparer.Ordinal);
        foreach (var reading in ordered)
        {
            foreach (var group in reading.Enrichment.Terms.GroupBy(t => t.EntryId))
            {
                if (!concordance.TryGetValue(group.Key, out var list)) concordance[group.Key] = list = [];
                list.Add(new ConcordanceEntry(reading.Slug, reading.Title, group.Select(t => t.Paragraph).Distinct().Order().ToList()));
            }
        }

        if (diagnostics is not null) UnusedGlossaryEntries.Report(site, concordance.Keys, diagnostics);
        return new SiteIndex(ordered, concordance.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ConcordanceEntry>)kv.Value, StringComparer.Ordinal));
    }
}
