using Lectern.Stages.Clean.Pdf;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>The layout rules of the PDF reader on pages made of known letters: columns, and the block starts they show.</summary>
public class PdfLayoutTests
{
    private const double Size = 10;

    /// <summary>A row of words at <paramref name="y"/>, each a run of letters 5 pt wide from its x to its end, 3 pt apart.</summary>
    private static IEnumerable<Glyph> Row(double y, params (double From, double To)[] words) =>
        words.SelectMany(w => Enumerable.Range(0, (int)((w.To - w.From) / 5)).Select(k => new Glyph("a", w.From + 5 * k, w.From + 5 * (k + 1), y, Size, false)));

    private static List<PdfLine> Page(IEnumerable<Glyph> glyphs)
    {
        var lines = new List<PdfLine>();
        new LineBuilder().AddPage(1, 600, glyphs.ToList(), lines);
        return lines;
    }

    [Fact]
    public void Two_columns_are_read_left_then_right_and_a_title_across_them_stays_whole()
    {
        // The title's word space falls where the gutter is; the columns stand 70 pt apart.
        var glyphs = Row(675, (100, 280), (285, 500)).ToList();
        for (var r = 0; r < 10; r++)
        {
            glyphs.AddRange(Row(660 - 12 * r, (50, 150), (153, 250)));
            glyphs.AddRange(Row(655 - 12 * r, (320, 420), (423, 520)));
        }

        var lines = Page(glyphs);

        Assert.Equal((0, 100.0, 500.0), (lines[0].Column, lines[0].Left, lines[0].Right));
        Assert.Equal(Enumerable.Repeat(1, 10).Concat(Enumerable.Repeat(2, 10)), lines.Skip(1).Select(l => l.Column));
        Assert.All(lines.Skip(1).Take(10), l => Assert.Equal(50, l.Left));
    }

    [Fact]
    public void A_line_set_in_after_a_flush_sentence_end_starts_a_block_and_a_list_items_turned_line_does_not()
    {
        PdfLine Line(double left, double y, string text) => new(1, 0, left, 300, y, Size, false, text);
        var pdf = new PdfText(
        [
            Line(50, 700, "The first paragraph ends here."),
            Line(65, 688, "The next one begins set in."),
            Line(50, 676, "It goes on flush."),
            Line(56, 664, "\u25E6 An item ends with a sentence."),
            Line(65, 652, "And its turned line is set in."),
        ], 1);

        var layout = PdfSourceText.Of(pdf).Layout;

        var start = Assert.Single(layout.BlockStarts);
        Assert.Equal(2, start.Key);
        Assert.Equal("the PDF sets the line in by 1.5 em after a flush line that ends a sentence", start.Value);
    }

    [Fact]
    public void Pieces_of_a_line_far_apart_are_shown_apart_as_a_layout_extraction_shows_them()
    {
        // A header: the page number at the left edge, the title at the right; its words a word space apart.
        var lines = Page(Row(750, (50, 75), (300, 340), (343, 383)));

        Assert.Equal("aaaaa   aaaaaaaa aaaaaaaa", Assert.Single(lines).Text);
    }
}
