using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Load;

namespace Lectern.Tests.Load;

public class GlossaryLoaderTests
{
    private const string Source = "    sources: [{ title: S, url: 'https://example.org' }]\n";

    private static IReadOnlyList<Diagnostic> Load(string yaml)
    {
        var bag = new DiagnosticBag();
        GlossaryLoader.Parse(yaml, "content/glossary.yml", bag);
        return bag.Sorted();
    }

    [Fact]
    public void A_valid_glossary_loads_without_diagnostics()
    {
        var bag = new DiagnosticBag();
        var index = GlossaryLoader.Parse("- id: wpk\n  term: WPK\n  definition: The party.\n" + Source.Replace("    ", "  "), "g.yml", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("WPK", index.Find("wpk")!.Term);
    }

    [Fact]
    public void The_repository_glossary_is_valid_and_has_at_least_30_entries()
    {
        var bag = new DiagnosticBag();
        var index = GlossaryLoader.Load(Path.Combine(Support.RepoPaths.Content, "glossary.yml"), bag);
        Assert.Empty(bag.Sorted());
        Assert.True(index.Entries.Count >= 30, $"{index.Entries.Count} entries");
        Assert.All(index.Entries, e => Assert.All(e.Sources, s => Assert.StartsWith("http", s.Url)));
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_file_line_and_column()
    {
        var d = Assert.Single(Load("- id: wpk\n  term: \"unclosed\n  definition: x\n"));
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Matches(@"^content/glossary\.yml:\d+:\d+: error LEC001: ", d.ToString());
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second_entry()
    {
        var yaml = "- id: wpk\n  term: WPK\n  definition: A.\n" + Indent(Source) + "- id: wpk\n  term: Party\n  definition: B.\n" + Indent(Source);
        var d = Assert.Single(Load(yaml));
        Assert.Equal(DiagnosticCodes.GlossaryDuplicateId, d.Code);
        Assert.Equal((5, 3), (d.Line, d.Column));
    }

    [Fact]
    public void A_missing_definition_is_an_error_at_its_entry()
    {
        var d = Assert.Single(Load("- id: wpk\n  term: WPK\n" + Indent(Source)));
        Assert.Equal(DiagnosticCodes.GlossaryMissingField, d.Code);
        Assert.Equal((1, 3), (d.Line, d.Column));
        Assert.Contains("definition", d.Message);
    }

    [Fact]
    public void A_form_shared_by_two_entries_is_an_error_naming_both()
    {
        var yaml = "- id: a\n  term: Politburo\n  definition: A.\n" + Indent(Source) + "- id: b\n  term: Political Bureau\n  forms: [politburo]\n  definition: B.\n" + Indent(Source);
        var d = Assert.Single(Load(yaml));
        Assert.Equal(DiagnosticCodes.GlossarySharedForm, d.Code);
        Assert.Equal(5, d.Line);
        Assert.Contains("'a'", d.Message);
    }

    [Fact]
    public void An_entry_without_a_source_url_or_with_an_unknown_related_entry_is_an_error()
    {
        var codes = Load("- id: a\n  term: A\n  definition: A.\n  related: [nowhere]\n").Select(d => d.Code);
        Assert.Equal([DiagnosticCodes.GlossaryMissingSource, DiagnosticCodes.GlossaryUnknownRelated], codes.Order());
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_an_error()
    {
        var d = Assert.Single(Load("- id: Political Bureau\n  term: A\n  definition: A.\n" + Indent(Source)));
        Assert.Equal(DiagnosticCodes.GlossaryInvalidId, d.Code);
    }

    [Fact]
    public void An_unknown_marking_in_site_yml_is_an_error()
    {
        var bag = new DiagnosticBag();
        GlossaryLoader.CheckMarking(new SiteConfig { Glossary = new GlossarySettings { Marking = "sometimes" } }, "content/site.yml", bag);
        Assert.Equal(DiagnosticCodes.GlossaryInvalidMarking, Assert.Single(bag.Sorted()).Code);
    }

    private static string Indent(string line) => line.Replace("    ", "  ");
}
