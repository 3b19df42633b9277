using Lectern.Documents;
using Lectern.Stages.Clean.Pdf;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>Line-end hyphens told apart by the glyph the PDF prints, and the dropped-hyphen rule a PDF never needs.</summary>
public class HyphenGlyphTests
{
    private static PdfLine Line(double y, string text) => new(1, 0, 50, 300, y, 10, false, text);

    private static PdfText Lines(params string[] texts) => new([.. texts.Select((t, i) => Line(700 - 12 * i, t))], 1);

    [Fact]
    public void A_line_end_hyphen_in_a_character_the_compounds_never_have_is_the_typesetters_and_one_in_theirs_is_the_documents()
    {
        var glyphs = new HyphenGlyphs(Lines("The memo on Port\u2010", "folioStat names a high-", "handed review of well-known data.").Lines);

        Assert.Equal(true, glyphs.Of(Line(0, "The memo on Port\u2010"))?.Break);
        Assert.Equal(false, glyphs.Of(Line(0, "folioStat names a high-"))?.Break);
        Assert.Null(glyphs.Of(Line(0, "handed review of well-known data.")));
    }

    [Fact]
    public void Where_every_hyphen_is_the_same_character_the_glyph_says_nothing()
    {
        var glyphs = new HyphenGlyphs(Lines("The memo on Port-", "folioStat names a well-known fact.").Lines);

        Assert.Null(glyphs.Of(Line(0, "The memo on Port-")));
    }

    [Fact]
    public void The_cleaner_joins_and_keeps_line_end_hyphens_as_the_glyphs_show_over_its_word_rules()
    {
        // By the word rules 'Port' is a capitalised word (kept) and 'highhanded' a listed word (joined): the glyphs say otherwise.
        var source = PdfSourceText.Of(Lines("Opening words of a short memo.", "The memo on Port\u2010", "folioStat names a high-", "handed review of well-known data."));

        var clean = PdfCleaner.Clean(source).Text;

        Assert.Contains("The memo on PortfolioStat names a high-handed review of well-known data.", string.Join(" | ", [clean.Title, .. clean.Paragraphs]));
        Assert.Contains(clean.Report.OfKind(CleanupKind.HyphenKept), d => d.Evidence.StartsWith("the PDF prints this line-end hyphen as '-', as in the document's compounds", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdfs_lines_are_its_printed_lines_so_no_hyphen_is_put_back_inside_a_long_one()
    {
        // A text with a line far wider than the rest looks like lines an extractor joined, dropping hyphens.
        var texts = new List<string> { "A title of the report" };
        for (var i = 0; i < 12; i++) texts.Add(i % 4 == 3 ? "the lines of a paragraph end here." : "the lines of a paragraph go on and on like");
        texts.Add("and one line across the whole page names geospatial data standards among many other things said at length here.");
        var pdf = Lines([.. texts]);

        var asText = Lectern.Stages.Clean.TextCleaner.Clean(PdfSourceText.Of(pdf).Text).Text;
        var asPdf = PdfCleaner.Clean(PdfSourceText.Of(pdf)).Text;

        Assert.Contains(asText.Paragraphs, p => p.Contains("geo-spatial", StringComparison.Ordinal));
        Assert.Contains(asPdf.Paragraphs, p => p.Contains(" geospatial ", StringComparison.Ordinal));
    }
}
