namespace Lectern.Glossary;

/// <summary>Which occurrences of a term are shown as glossary links (site.yml <c>glossary.marking</c>, and the reader's setting).</summary>
public enum TermMarking { FirstPerSection, Every, None }

public static class TermMarkings
{
    public static readonly IReadOnlyDictionary<string, TermMarking> ByName = new Dictionary<string, TermMarking>(StringComparer.Ordinal)
    {
        ["first-per-section"] = TermMarking.FirstPerSection,
        ["every"] = TermMarking.Every,
        ["none"] = TermMarking.None,
    };

    /// <summary>The policy named in site.yml; unknown names fall back to the default (the loader reports them).</summary>
    public static TermMarking Parse(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var marking) ? marking : TermMarking.FirstPerSection;

    /// <summary>Whether an occurrence is a live link under <paramref name="marking"/>; a repeat is a later occurrence in the same section.</summary>
    public static bool IsActive(this TermMarking marking, bool repeat) =>
        marking == TermMarking.Every || (marking == TermMarking.FirstPerSection && !repeat);
}
