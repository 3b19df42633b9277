using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>Markdown nested deeper than Markdig reads is the editor's error, at the note or entry, not a Lectern failure at source.txt.</summary>
public class NestedMarkdownTests
{
    private static string Nested(string opener) => "\"" + string.Concat(Enumerable.Repeat(opener, 5000)) + "x\"";

    /// <summary>The seed's first note (at line 36) with <paramref name="text"/> as its text.</summary>
    private static Action<TempSite> FirstNoteText(string text) => s =>
    {
        var path = Path.Combine(s.ReadingDir(), "reading.yml");
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.IndexOf("  - id: elite-force");
        lines[at + 2] = "    text: " + text;
        while (lines[at + 3].StartsWith("      ", StringComparison.Ordinal)) lines.RemoveAt(at + 3);
        File.WriteAllLines(path, lines);
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("a note of quotes within quotes", FirstNoteText(Nested("> ")),
            new(DiagnosticCodes.MarkdownFailed, RepoPaths.SeedReadingYml, 36, 5, "the text of note 'elite-force' cannot be rendered: Markdown elements in the input are too deeply nested")),
        new("a note of brackets within brackets", FirstNoteText(Nested("[")),
            new(DiagnosticCodes.MarkdownFailed, RepoPaths.SeedReadingYml, 36, 5, "the text of note 'elite-force' cannot be rendered")),
        new("a glossary definition of lists within lists", s => File.WriteAllText(Path.Combine(s.Content, "glossary.yml"),
                File.ReadAllText(Path.Combine(s.Content, "glossary.yml")).Replace("- id: workers-party-of-korea", "- id: workers-party-of-korea\n  note: " + Nested("- "))),
            new(DiagnosticCodes.MarkdownFailed, "glossary.yml", 5, 3, "the note of 'workers-party-of-korea' cannot be rendered")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deeply_nested_markdown_is_a_positioned_error(BadInput input)
    {
        var printed = BadContent.AssertRejected(input.Break, input.Expected);
        Assert.DoesNotContain(printed, d => d.Code == DiagnosticCodes.StageFailed);
    }
}
