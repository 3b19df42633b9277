using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

public class DiagnosticPrintingTests
{
    [Fact]
    public void Control_characters_from_content_are_printed_escaped()
    {
        var glossaryLines = File.ReadAllLines(Path.Combine(RepoPaths.Content, "glossary.yml")).Length;
        string? stderr = null;
        BadContent.AssertRejected(
            s => File.AppendAllText(Path.Combine(s.Content, "glossary.yml"),
                "\n- id: \"red\\e[31m\\a\\r\\0\\u202Eid\"\n  term: Red\n  definition: D.\n  sources:\n    - title: T\n      url: https://example.org\n"),
            new(DiagnosticCodes.GlossaryInvalidId, "glossary.yml", glossaryLines + 2, 3, @"the id 'red\x1B[31m\x07\x0D\x00\u202Eid' is not a slug"),
            captured => stderr = captured);

        Assert.DoesNotContain(stderr!, c => c is '\x1B' or '\a' or '\r' or '\0' or '\u202E');
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\there", @"tab\x09here")]
    [InlineData("line\nbreak", @"line\x0Abreak")]
    [InlineData("del\x7F c1\u0085", @"del\x7F c1\x85")]
    [InlineData("ünïcödé stays", "ünïcödé stays")]
    public void Printable_escapes_only_what_a_terminal_acts_on(string text, string expected) =>
        Assert.Equal(expected, DiagnosticText.Printable(text));
}
