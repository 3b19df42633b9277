using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>A content id equal to one the theme's pages use would give a page two elements with that id.</summary>
public class ReservedIdTests
{
    /// <summary>Puts <paramref name="lines"/> after line <paramref name="after"/> of the seed's reading.yml.</summary>
    private static Action<TempSite> InsertInReading(int after, string lines) => s =>
    {
        var path = Path.Combine(s.ReadingDir(), "reading.yml");
        var text = File.ReadAllLines(path).ToList();
        text.Insert(after, lines);
        File.WriteAllLines(path, text);
    };

    private static Action<TempSite> InsertInGlossary(string entry) => s =>
    {
        var path = Path.Combine(s.Content, "glossary.yml");
        File.WriteAllText(path, entry + File.ReadAllText(path));
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("a note id the cite dialog uses", InsertInReading(35, "  - id: cite-dialog\n    quote: an elite force\n    text: A note."),
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 36, 5, "the note id 'cite-dialog' is taken: the theme uses the id 'cite-dialog' (reading.liquid)")),
        new("a note id the table of contents uses", InsertInReading(35, "  - id: toc\n    quote: an elite force\n    text: A note."),
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 36, 5, "the theme uses the id 'toc' (reading.liquid)")),
        new("a note id with a prefix of the theme's citation ids", InsertInReading(35, "  - id: cite-mla\n    quote: an elite force\n    text: A note."),
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 36, 5, "the theme uses ids starting with 'cite-'")),
        new("a section id the layout's status line uses", InsertInReading(14, "  - title: Status\n    id: lectern-status\n    start: 2"),
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 15, 5, "the section id 'lectern-status' is taken: the theme uses the id 'lectern-status' (layout.liquid)")),
        new("a section title whose slug is the term popover's id", InsertInReading(14, "  - title: Term popover\n    start: 2"),
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 15, 5, "the section id (made from its title) 'term-popover' is taken")),
        new("a glossary id starting like the definitions' ids", InsertInGlossary("- id: gloss-x\n  term: Glossx\n  definition: D.\n  sources:\n    - title: T\n      url: https://example.org\n"),
            new(DiagnosticCodes.ReservedId, "glossary.yml", 1, 3, "the glossary id 'gloss-x' is taken: the theme uses ids starting with 'gloss-'")),
        new("a glossary id the layout's main element uses", InsertInGlossary("- id: main\n  term: Mainx\n  definition: D.\n  sources:\n    - title: T\n      url: https://example.org\n"),
            new(DiagnosticCodes.ReservedId, "glossary.yml", 1, 3, "the theme uses the id 'main' (layout.liquid)")),
        new("a note id a theme's own template uses", s =>
            {
                var template = Path.Combine(s.Themes, "default", "layouts", "reading.liquid");
                File.AppendAllText(template, "\n<div id=\"reading-widget\"></div>\n");
                InsertInReading(35, "  - id: reading-widget\n    quote: an elite force\n    text: A note.")(s);
            },
            new(DiagnosticCodes.ReservedId, RepoPaths.SeedReadingYml, 36, 5, "the theme uses the id 'reading-widget' (reading.liquid)")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_content_id_the_theme_uses_is_a_positioned_error(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);
}
