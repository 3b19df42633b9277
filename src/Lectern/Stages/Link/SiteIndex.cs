using Lectern.Documents;

namespace Lectern.Stages.Link;

/// <summary>Cross-page data, computed once per build (never per page): the home list and the glossary concordance.</summary>
public sealed record SiteIndex(
    IReadOnlyList<Reading> ReadingsInOrder,
    IReadOnlyDictionary<string, IReadOnlyList<ConcordanceEntry>> Concordance);

/// <summary>The paragraphs of one reading where a glossary entry occurs.</summary>
public sealed record ConcordanceEntry(string Slug, string ReadingTitle, IReadOnlyList<int> Paragraphs);
