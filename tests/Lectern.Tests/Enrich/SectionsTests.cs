using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Tests.Support;

namespace Lectern.Tests.Enrich;

public class SectionsTests
{
    private static readonly string[] Paragraphs =
    [
        "The meeting opened.",
        "Kim Jong Un guided the meeting.",
        "A data report was made at the meeting.",
        "A data report was then discussed.",
        "The meeting closed.",
    ];

    private static (Reading Reading, DiagnosticBag Diagnostics) Enrich(params OutlineSection[] outline)
    {
        var metadata = new ReadingMetadata { Outline = [.. outline] };
        var body = string.Join("\n", Paragraphs.Select(p => "<p>" + p + "</p>"));
        var reading = new Reading
        {
            Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "reading.yml", Metadata = metadata, BodyHtml = body,
            Clean = new CleanText("T", null, Paragraphs, null, CleanupReport.Empty),
        };
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty, [reading]);
        var diagnostics = new DiagnosticBag();
        return (EnrichStage.Execute(reading, site, new LinkBuilder("/", null), diagnostics), diagnostics);
    }

    private static OutlineSection Section(string title, string start, string? id = null, int line = 3) =>
        new() { Title = title, Start = start, Id = id, Line = line, Column = 5 };

    [Fact]
    public void Sections_start_at_a_paragraph_number_or_at_opening_words()
    {
        var (reading, diagnostics) = Enrich(
            Section("Opening", "1"),
            Section("The data report", "a data report was made"),
            Section("Closing", "p-5"));

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(
            [new SectionInfo("opening", "Opening", 1), new SectionInfo("the-data-report", "The data report", 3), new SectionInfo("closing", "Closing", 5)],
            reading.Enrichment.Sections);
    }

    [Fact]
    public void Each_section_is_an_h2_with_its_id_and_a_self_link_just_before_its_first_paragraph()
    {
        var (reading, _) = Enrich(Section("The data report", "3"));
        var doc = Html.Parse(reading.BodyHtml!);

        var heading = doc.QuerySelector("h2#the-data-report")!;
        Assert.Equal("p-3", heading.NextElementSibling!.Id);
        Assert.True(heading.HasAttribute("data-ui"));
        var link = heading.QuerySelector("a.section-link")!;
        Assert.Equal("#the-data-report", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("data-ui"));
        Assert.Equal("Link to section: The data report", link.GetAttribute("aria-label"));
    }

    [Fact]
    public void Removing_the_apparatus_leaves_only_the_source_paragraphs()
    {
        var (reading, _) = Enrich(Section("Opening", "1"), Section("Closing", "5"));
        var body = Html.Parse("<div>" + reading.BodyHtml + "</div>").QuerySelector("div")!;
        Assert.Equal(string.Join(" ", Paragraphs), Html.TextWithoutApparatus(body));
    }

    [Fact]
    public void An_explicit_id_overrides_the_slug_and_titles_become_slugs()
    {
        var (reading, _) = Enrich(Section("The General Secretary's conclusion", "2", id: "conclusion"), Section("Ça va: 2 + 2!", "4"));
        Assert.Equal(["conclusion", "ça-va-2-2"], reading.Enrichment.Sections.Select(s => s.Id));
        Assert.Equal("the-general-secretarys-conclusion", SectionIds.Slug("The General Secretary's conclusion", 1));
        Assert.Equal("section-7", SectionIds.Slug("—", 7));
    }

    [Theory]
    [InlineData("9", "LEC040", "paragraphs 1 to 5")]
    [InlineData("0", "LEC040", "paragraphs 1 to 5")]
    [InlineData("Nobody said this", "LEC040", "no paragraph opens with")]
    [InlineData("A data report", "LEC041", "opens paragraphs 3, 4")]
    public void A_start_that_is_missing_or_ambiguous_is_an_error_at_the_section(string start, string code, string message)
    {
        var (reading, diagnostics) = Enrich(Section("Somewhere", start, line: 7));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(code, error.Code);
        Assert.Equal(("reading.yml", 7, 5), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.Empty(reading.Enrichment.Sections);
    }

    [Fact]
    public void Sections_out_of_order_or_sharing_a_paragraph_are_errors()
    {
        var (_, diagnostics) = Enrich(Section("B", "3", line: 3), Section("A", "2", line: 5), Section("C", "3", line: 7));
        var errors = diagnostics.Sorted();
        Assert.Equal([("LEC042", 5), ("LEC042", 7)], errors.Select(e => (e.Code, e.Line)));
        Assert.Contains("line 3, paragraph 3", errors[0].Message);
    }

    [Theory]
    [InlineData("Same", "same", "already used by the section at line 3")]
    [InlineData("Other", "p-2", "cannot be a section id")]
    [InlineData("Other", "Not A Slug", "cannot be a section id")]
    public void Duplicate_reserved_or_invalid_ids_are_errors(string secondTitle, string secondId, string message)
    {
        var (_, diagnostics) = Enrich(Section("Same", "1", line: 3), Section(secondTitle, "2", id: secondId, line: 5));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("LEC043", 5), (error.Code, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_section_without_title_or_start_is_an_error()
    {
        var (_, diagnostics) = Enrich(Section("", "1"), Section("No start", " "));
        Assert.Equal(["LEC044", "LEC044"], diagnostics.Sorted().Select(e => e.Code));
    }
}
