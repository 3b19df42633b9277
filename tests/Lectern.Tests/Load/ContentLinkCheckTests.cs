using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Load;

namespace Lectern.Tests.Load;

public class ContentLinkCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string noteText)
    {
        var metadata = new ReadingMetadata { Notes = [new NoteSpec { Quote = "q", Text = noteText, Line = 3, Column = 5 }] };
        var reading = new Reading { Slug = "r", SourcePath = "source.txt", SourceText = "", MetadataPath = "reading.yml", Metadata = metadata };
        var bag = new DiagnosticBag();
        ContentLinkCheck.Run(new Site(new SiteConfig(), GlossaryIndex.Empty, [reading]), bag);
        return bag.Sorted();
    }

    [Theory]
    [InlineData("See [this](javascript:alert(1)).")]
    [InlineData("See [this](javascript&#58;alert(1)).")]
    [InlineData("See [this][r].\n\n[r]: javascript:alert(1)")]
    [InlineData("See <javascript:alert(1)>.")]
    [InlineData("![pic](javascript:alert(1))")]
    public void Every_form_of_link_to_a_disallowed_url_in_a_note_is_a_warning_at_the_note(string text)
    {
        var d = Assert.Single(Check(text));
        Assert.Equal(DiagnosticCodes.UnsafeLinkRemoved, d.Code);
        Assert.Equal(("reading.yml", 3, 5), (d.File, d.Line, d.Column));
    }

    [Theory]
    [InlineData("A note that mentions javascript:alert(1) without linking it.")]
    [InlineData("See [the report](https://kcna.kp) and <https://example.org>.")]
    public void A_note_without_a_disallowed_link_is_not_reported(string text) => Assert.Empty(Check(text));
}
