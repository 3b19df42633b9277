using Lectern.Documents;
using Lectern.Glossary;

namespace Lectern.Tests.Glossary;

/// <summary>Small glossaries for matcher and pass tests.</summary>
public static class GlossaryFixtures
{
    public static GlossaryEntry Entry(string id, string term, bool caseSensitive = true, params string[] forms) => new()
    {
        Id = id,
        Term = term,
        Forms = [.. forms],
        CaseSensitive = caseSensitive,
        Definition = "Definition of " + term + ".",
        Sources = [new SourceRef { Title = "Source", Url = "https://example.org/" + id }],
    };

    public static List<GlossaryEntry> Politburo() =>
    [
        Entry("political-bureau", "Political Bureau", true, "Politburo"),
        Entry("presidium", "Presidium of the Political Bureau", true, "Presidium"),
        Entry("central-committee", "Central Committee", true, "Party Central Committee", "C.C."),
        Entry("alternate-member", "alternate member", false, "alternate members"),
        Entry("by-election", "by-election", false, "by-elected"),
        Entry("wpk", "Workers' Party of Korea", true, "WPK"),
        Entry("end-mark", "-0-", true),
    ];
}
