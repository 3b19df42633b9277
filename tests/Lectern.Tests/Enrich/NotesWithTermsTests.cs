using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Stages.Load;
using Lectern.Tests.Support;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Enrich;

/// <summary>Note quotes and glossary terms in the same words: terms nest inside quotes and never cross a quote's edge.</summary>
public class NotesWithTermsTests
{
    /// <summary>The first paragraph's markup without its apparatus, and what follows each quote.</summary>
    private static (string Html, List<string?> AfterQuotes) Enrich(string body, string notesYaml)
    {
        var diagnostics = new DiagnosticBag();
        var metadata = YamlContentReader.Read<ReadingMetadata>(notesYaml, "reading.yml", diagnostics)!;
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "reading.yml", BodyHtml = body, Metadata = metadata };
        var site = new Site(new SiteConfig(), new GlossaryIndex("glossary.yml", Politburo()), [reading]);
        var enriched = EnrichStage.Execute(reading, site, new LinkBuilder("/", null), diagnostics);
        Assert.Empty(diagnostics.Sorted());

        var p = Html.Parse(enriched.BodyHtml!).GetElementById("p-1")!;
        var after = p.QuerySelectorAll("[data-note]").Select(q => q.NextElementSibling?.ClassName).ToList();
        foreach (var ui in p.QuerySelectorAll("[data-ui]").ToList()) ui.Remove();
        return (p.InnerHtml, after);
    }

    private static string Term(string id, string words, bool repeat = false) => repeat
        ? $"<span class=\"term\" data-term=\"{id}\" data-term-repeat=\"\">{words}</span>"
        : $"<a class=\"term\" data-term=\"{id}\" href=\"/glossary/#{id}\" aria-describedby=\"gloss-{id}\">{words}</a>";

    private static string Quote(string id, string inner) => $"<span class=\"note-quote\" data-note=\"{id}\">{inner}</span>";

    [Fact]
    public void A_term_inside_a_quote_is_written_inside_it()
    {
        var (html, after) = Enrich("<p>The Politburo of the WPK met.</p>", "notes:\n  - quote: Politburo of the WPK\n    text: N.\n");

        Assert.Equal("The " + Quote("note-1", Term("political-bureau", "Politburo") + " of the " + Term("wpk", "WPK")) + " met.", html);
        Assert.Equal(["note-marker"], after);
    }

    [Fact]
    public void A_quote_that_is_exactly_a_term_holds_the_term()
    {
        var (html, _) = Enrich("<p>The WPK met.</p>", "notes:\n  - quote: WPK\n    text: N.\n");

        Assert.Equal("The " + Quote("note-1", Term("wpk", "WPK")) + " met.", html);
    }

    [Fact]
    public void A_quote_edge_inside_a_term_stops_the_term_on_either_side()
    {
        var (html, _) = Enrich("<p>The Presidium of the Political Bureau and the Political Bureau met.</p>",
            "notes:\n  - quote: Presidium of the Political\n    text: N.\n  - quote: Bureau met\n    text: M.\n");

        // The longest form would be "Presidium of the Political Bureau"; the quote leaves only "Presidium" inside it,
        // and the second quote cuts the second "Political Bureau" in two.
        Assert.Equal("The " + Quote("note-1", Term("presidium", "Presidium") + " of the Political") + " Bureau and the Political "
            + Quote("note-2", "Bureau met") + ".", html);
    }

    [Fact]
    public void A_quote_edge_is_a_word_boundary_for_terms_as_an_element_edge_is()
    {
        var (html, _) = Enrich("<p>XWPK and WPKs met.</p>", "notes:\n  - quote: WPK and WPK\n    text: N.\n");

        Assert.Equal("X" + Quote("note-1", Term("wpk", "WPK") + " and " + Term("wpk", "WPK", repeat: true)) + "s met.", html);
    }

    [Fact]
    public void Terms_between_and_after_quotes_are_marked_and_counted_in_order()
    {
        var (html, after) = Enrich("<p>The WPK, the Politburo and the WPK again.</p>",
            "notes:\n  - quote: The\n    prefix: ''\n    suffix: WPK,\n    text: N.\n  - quote: Politburo and\n    text: M.\n");

        Assert.Equal(Quote("note-1", "The") + " " + Term("wpk", "WPK") + ", the " + Quote("note-2", Term("political-bureau", "Politburo") + " and")
            + " the " + Term("wpk", "WPK", repeat: true) + " again.", html);
        Assert.Equal(["note-marker", "note-marker"], after);
    }

    [Fact]
    public void A_quote_across_elements_is_wrapped_piece_by_piece_each_holding_its_terms()
    {
        var (html, after) = Enrich("<p>The <em>Politburo of</em> the WPK met.</p>", "notes:\n  - quote: Politburo of the WPK\n    text: N.\n");

        Assert.Equal("The <em>" + Quote("note-1", Term("political-bureau", "Politburo") + " of") + "</em>" + Quote("note-1", " the " + Term("wpk", "WPK")) + " met.", html);
        Assert.Equal([null, "note-marker"], after);
    }
}
