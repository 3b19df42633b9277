using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Stages.Load;
using Lectern.Tests.Support;

namespace Lectern.Tests.Enrich;

public class NotesTests
{
    private const string Body = "<p>The meeting discussed the elite force.</p><p>It built an elite force of cadres.</p><p>One &amp; only.</p>";

    private static (Reading Reading, DiagnosticBag Diagnostics) Enrich(string notesYaml, string body = Body)
    {
        var diagnostics = new DiagnosticBag();
        var metadata = YamlContentReader.Read<ReadingMetadata>(notesYaml, "reading.yml", diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "reading.yml", BodyHtml = body, Metadata = metadata };
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty, [reading]);
        return (EnrichStage.Execute(reading, site, new LinkBuilder("/", null), diagnostics), diagnostics);
    }

    [Fact]
    public void An_exact_quote_is_wrapped_in_a_data_note_element_followed_by_a_numbered_marker()
    {
        var (reading, diagnostics) = Enrich("notes:\n  - quote: meeting discussed\n    text: A *note*.\n");

        Assert.Empty(diagnostics.Sorted());
        var doc = Html.Parse(reading.BodyHtml!);
        var quote = doc.QuerySelector("#p-1 [data-note]")!;
        Assert.Equal("note-1", quote.GetAttribute("data-note"));
        Assert.Equal("meeting discussed", quote.TextContent);
        Assert.False(quote.HasAttribute("data-ui"));
        var marker = quote.NextElementSibling!;
        Assert.True(marker.HasAttribute("data-ui"));
        var link = marker.QuerySelector("a")!;
        Assert.Equal("#note-1", link.GetAttribute("href"));
        Assert.Equal("Note 1", link.GetAttribute("aria-label"));
        Assert.Equal("1", link.TextContent);

        var note = Assert.Single(reading.Enrichment.Notes);
        Assert.Equal(("note-1", 1, 1, "meeting discussed"), (note.Id, note.Number, note.Paragraph, note.Quote));
        Assert.Equal("<p>A <em>note</em>.</p>", note.BodyHtml);
        Assert.Equal("The ", note.Prefix);
        Assert.StartsWith(" the elite force.", note.Suffix);
    }

    [Fact]
    public void A_prefix_or_suffix_picks_one_of_several_occurrences()
    {
        var (reading, diagnostics) = Enrich("""
            notes:
              - id: by-prefix
                quote: elite force
                prefix: built an
                text: Second paragraph.
              - id: by-suffix
                quote: elite force
                suffix: "."
                text: First paragraph.
            """);

        Assert.Empty(diagnostics.Sorted());
        var doc = Html.Parse(reading.BodyHtml!);
        Assert.Equal("by-suffix", doc.QuerySelector("#p-1 [data-note]")!.GetAttribute("data-note"));
        Assert.Equal("by-prefix", doc.QuerySelector("#p-2 [data-note]")!.GetAttribute("data-note"));
        // Numbers follow reading order, not the order in reading.yml.
        Assert.Equal(["by-suffix", "by-prefix"], reading.Enrichment.Notes.OrderBy(n => n.Number).Select(n => n.Id));
    }

    [Fact]
    public void A_missing_quote_fails_with_the_position_of_the_note_in_reading_yml()
    {
        var (_, diagnostics) = Enrich("date: 2021-06-30\nnotes:\n  - quote: elite forces\n    text: Typo.\n");

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.NoteQuoteNotFound, "reading.yml", 3, 5), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("\"elite forces\" is not in the text", error.Message);
        Assert.Contains("check its spelling", error.Message);
    }

    [Fact]
    public void A_quote_found_only_without_its_prefix_names_the_paragraphs_where_it_occurs()
    {
        var (_, diagnostics) = Enrich("notes:\n  - quote: elite force\n    prefix: nowhere\n    text: Wrong prefix.\n");

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.NoteQuoteNotFound, error.Code);
        Assert.Contains("occurs in paragraph 1, 2, but not with this prefix", error.Message);
    }

    [Fact]
    public void A_quote_differing_only_in_capitals_gets_a_hint()
    {
        var (_, diagnostics) = Enrich("notes:\n  - quote: Elite Force of cadres\n    text: Capitals.\n");

        Assert.Contains("different capitals in paragraph 2", Assert.Single(diagnostics.Sorted()).Message);
    }

    [Fact]
    public void An_ambiguous_quote_fails_and_lists_the_candidate_paragraphs()
    {
        var (reading, diagnostics) = Enrich("notes:\n  - id: refrain\n    quote: elite force\n    text: Which one?\n");

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.NoteQuoteAmbiguous, 2, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("occurs 2 times (paragraphs 1, 2)", error.Message);
        Assert.Contains("add a 'prefix'", error.Message);
        Assert.Empty(reading.Enrichment.Notes);
    }

    [Fact]
    public void Whitespace_in_the_quote_matches_any_whitespace_in_the_text()
    {
        var (reading, diagnostics) = Enrich("notes:\n  - quote: >-\n      built an\n      elite force\n    text: Folded.\n");

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("built an elite force", Assert.Single(reading.Enrichment.Notes).Quote);
    }

    [Fact]
    public void A_quote_spanning_several_text_nodes_and_elements_is_wrapped_without_breaking_the_markup()
    {
        const string body = "<p>Before <em>emphasis</em> after <span data-ui>UI</span>and the end.</p>";
        var (reading, diagnostics) = Enrich("notes:\n  - quote: fore emphasis a\n    text: Across nodes.\n  - quote: fter and\n    text: Across apparatus.\n", body);

        Assert.Empty(diagnostics.Sorted());
        var p = Html.Parse(reading.BodyHtml!).QuerySelector("#p-1")!;
        Assert.Equal("fore emphasis a", p.QuerySelector("[data-note='note-1']")!.TextContent);
        Assert.NotNull(p.QuerySelector("[data-note='note-1'] > em"));
        Assert.Equal("Before emphasis after and the end.", Html.TextWithoutApparatus(p));
    }

    [Fact]
    public void A_quote_crossing_an_element_boundary_is_wrapped_piece_by_piece()
    {
        const string body = "<p>Plain <em>stressed words</em> tail.</p>";
        var (reading, diagnostics) = Enrich("notes:\n  - quote: Plain stressed\n    text: Half in, half out.\n", body);

        Assert.Empty(diagnostics.Sorted());
        var p = Html.Parse(reading.BodyHtml!).QuerySelector("#p-1")!;
        var pieces = p.QuerySelectorAll("[data-note='note-1']").Select(e => e.TextContent).ToList();
        Assert.Equal(["Plain ", "stressed"], pieces);
        Assert.Equal("Plain stressed words tail.", Html.TextWithoutApparatus(p));
    }

    [Fact]
    public void Removing_the_apparatus_leaves_every_paragraph_as_it_was()
    {
        var (reading, _) = Enrich("notes:\n  - quote: One & only\n    text: Entity.\n  - quote: discussed the\n    text: Two.\n");

        var doc = Html.Parse(reading.BodyHtml!);
        Assert.Equal("The meeting discussed the elite force.", Html.TextWithoutApparatus(doc.QuerySelector("#p-1")!));
        Assert.Equal("One & only.", Html.TextWithoutApparatus(doc.QuerySelector("#p-3")!));
    }

    [Theory]
    [InlineData("notes:\n  - quote: meeting\n    text: ''\n", DiagnosticCodes.NoteFieldMissing)]
    [InlineData("notes:\n  - quote: ''\n    text: No quote.\n", DiagnosticCodes.NoteFieldMissing)]
    [InlineData("notes:\n  - id: Not An Id\n    quote: meeting\n    text: Bad id.\n", DiagnosticCodes.NoteInvalidId)]
    [InlineData("notes:\n  - id: p-3\n    quote: meeting\n    text: Paragraph id.\n", DiagnosticCodes.NoteInvalidId)]
    [InlineData("notes:\n  - id: same\n    quote: meeting\n    text: A.\n  - id: same\n    quote: cadres\n    text: B.\n", DiagnosticCodes.NoteDuplicateId)]
    [InlineData("notes:\n  - quote: discussed the elite\n    text: A.\n  - quote: the elite force.\n    text: B.\n", DiagnosticCodes.NoteQuotesOverlap)]
    public void Unusable_notes_are_positioned_errors(string yaml, string code)
    {
        var (_, diagnostics) = Enrich(yaml);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(code, error.Code);
        Assert.Equal("reading.yml", error.File);
        Assert.True(error.Line >= 2);
    }
}
