using Lectern.Documents;
using Lectern.Stages.Clean.Pdf;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>Whether a line's next word would have fitted on it, measured on the page, and the paragraph breaks that rest on it.</summary>
public class LineRoomTests
{
    private const double Size = 10;

    /// <summary>A line from <paramref name="left"/> to <paramref name="right"/> whose first word ends 20 pt in, its words 2.5 pt apart.</summary>
    private static PdfLine Line(double left, double right, double y, string text) =>
        new(1, 0, left, right, y, Size, false, text) { FirstWordRight = left + 20, WordSpace = 2.5 };

    [Fact]
    public void The_line_builder_measures_the_first_word_and_the_narrowest_word_space()
    {
        var glyphs = new[] { (50.0, 100.0), (104.0, 149.0), (152.0, 202.0) }
            .SelectMany(w => Enumerable.Range(0, (int)((w.Item2 - w.Item1) / 5)).Select(k => new Glyph("a", w.Item1 + 5 * k, w.Item1 + 5 * (k + 1), 700, Size, false)))
            .ToList();
        var lines = new List<PdfLine>();

        new LineBuilder().AddPage(1, 600, glyphs, lines);

        var line = Assert.Single(lines);
        Assert.Equal((100.0, 3.0, 50.0), (line.FirstWordRight, Math.Round(line.WordSpace, 6), line.FirstWordWidth));
    }

    [Fact]
    public void A_word_fits_where_the_line_ends_short_of_its_columns_edge_and_not_on_a_full_line()
    {
        var full = Line(50, 300, 700, "A full line of the column.");
        var shortLine = Line(50, 200, 688, "A short one.");
        var next = Line(50, 300, 676, "Next starts.");
        var room = new LineRoom([full, shortLine, next]);

        Assert.True(room.NextWordFits(shortLine, next));
        Assert.False(room.NextWordFits(full, shortLine));
    }

    [Fact]
    public void A_heading_set_wider_than_the_text_leaves_the_edge_where_the_texts_lines_end()
    {
        var heading = new PdfLine(1, 0, 50, 320, 712, 14, true, "A heading set wider than the text") { FirstWordRight = 60, WordSpace = 3.5 };
        var (full, shortLine, next) = (Line(50, 300, 700, "A full line of the column."), Line(50, 290, 688, "Almost full."), Line(50, 300, 676, "Following words."));
        var room = new LineRoom([heading, full, shortLine, next, Line(50, 300, 664, "Another full line.")]);

        Assert.False(room.NextWordFits(shortLine, next));
    }

    [Fact]
    public void A_word_that_would_end_within_a_space_past_the_edge_gives_no_verdict()
    {
        // A ragged column's longest lines may stop short of its measure by about a space.
        var (a, b, c) = (Line(50, 300, 700, "A full line."), Line(50, 279, 688, "Nearly full."), Line(50, 300, 676, "Next words."));

        Assert.Null(new LineRoom([a, b, c]).NextWordFits(b, c));
    }

    [Fact]
    public void Lines_of_two_columns_read_as_one_set_no_edge()
    {
        // The gutter was missed: three rows hold both columns' lines, far apart; the left column's lines end at 280.
        var wide = Enumerable.Range(0, 3).Select(k => Line(50, 540, 700 - 12 * k, "A line of the left column   and one of the right"));
        var left = Enumerable.Range(0, 4).Select(k => Line(65, 280, 664 - 12 * k, "A line of the left column"));
        var (lastOfItem, nextItem) = (Line(65, 278, 616, "ends an item."), Line(50, 280, 604, "2. The next item"));
        var room = new LineRoom([.. wide, .. left, lastOfItem, nextItem]);

        Assert.False(room.NextWordFits(lastOfItem, nextItem));
        Assert.Null(room.NextWordFits(wide.First(), left.First()));
    }

    [Fact]
    public void A_ragged_columns_lines_ending_together_short_of_the_edge_leave_the_edge_where_the_longest_end()
    {
        // Four lines end at the edge and four others together a little short of it, as a ragged column's do.
        var atEdge = Enumerable.Range(0, 4).Select(k => Line(50, 300 - 0.5 * k, 700 - 12 * k, "A line that reaches the edge"));
        var short4 = Enumerable.Range(0, 4).Select(k => Line(50, 285 + 0.5 * k, 652 - 12 * k, "A line a little short of it"));
        var (salutation, next) = (Line(50, 200, 604, "Dear students,"), Line(65, 300, 592, "All of you"));

        Assert.True(new LineRoom([.. atEdge, .. short4, salutation, next]).NextWordFits(salutation, next));
    }

    [Fact]
    public void A_column_whose_lines_all_end_at_different_places_gives_no_verdict()
    {
        var (a, b) = (Line(50, 260, 700, "Ragged lines end"), Line(50, 200, 688, "anywhere at all."));

        Assert.Null(new LineRoom([a, b]).NextWordFits(a, b));
    }

    [Fact]
    public void A_line_set_in_after_a_short_flush_line_starts_a_block_but_not_after_a_full_one_or_a_list_items_line()
    {
        var pdf = new PdfText(
        [
            Line(50, 300, 700, "The speech opens with a line that fills the column."),
            Line(50, 210, 688, "Dear students of the university,"),
            Line(65, 300, 676, "All of you should keep in mind what this day means"),
            Line(50, 300, 664, "and the line after it, full as well, ends with a comma,"),
            Line(65, 300, 652, "Quoted lines set in go on from the line before."),
            Line(50, 300, 640, "The quotation ends, and a list of names follows."),
            Line(50, 150, 628, "\u2022 Sylvia M. Burwell"),
            Line(65, 140, 616, "Director"),
        ], 1);

        var start = Assert.Single(PdfSourceText.Of(pdf).Layout.BlockStarts);

        Assert.Equal((3, "the PDF sets the line in by 1.5 em after a flush line its first word would have fitted on"), (start.Key, start.Value));
    }

    [Fact]
    public void A_salutation_of_two_lines_ending_short_in_a_comma_at_a_page_foot_ends_its_block()
    {
        // Block paragraphs: no indent, and the page break hides the space after the salutation.
        PdfLine On(int page, double right, double y, string text) =>
            new(page, 0, 50, right, y, Size, false, text) { FirstWordRight = 70, WordSpace = 2.5 };
        var pdf = new PdfText(
        [
            On(1, 300, 700, "The speech opens with lines that fill the whole column,"),
            On(1, 300, 688, "and it goes on and on in lines that fill the column too,"),
            On(1, 150, 676, "and it ends here."),
            On(1, 300, 664, "Students of the university who will carry the cause"),
            On(1, 160, 652, "forward with our Party,"),
            On(2, 300, 700, "All of you should keep in mind what this day means for"),
            On(2, 300, 688, "the country and the people, and study hard every day"),
            On(2, 120, 676, "for them."),
        ], 2);

        var clean = PdfCleaner.Clean(PdfSourceText.Of(pdf)).Text;

        Assert.Equal(["The speech opens with lines that fill the whole column, and it goes on and on in lines that fill the column too, and it ends here.",
            "Students of the university who will carry the cause forward with our Party,",
            "All of you should keep in mind what this day means for the country and the people, and study hard every day for them."], clean.Paragraphs);
    }

    /// <summary>Twelve full lines of a block-style paragraph, the sixth ending a sentence in a few wide words.</summary>
    private static PdfText JustifiedParagraph(double sixthRight)
    {
        var lines = new List<PdfLine>();
        for (var i = 0; i < 12; i++)
        {
            var text = i == 5 ? "WIDE WORDS END HERE." : i == 6 ? "The next sentence goes on in lines that fill the column"
                : i == 11 ? "and so the paragraph ends." : "the paragraph goes on and on in lines that fill the column";
            lines.Add(Line(50, i == 11 ? 150 : i == 5 ? sixthRight : 300, 700 - 12 * i, text));
        }
        return new PdfText(lines, 1);
    }

    [Fact]
    public void A_sentence_end_on_a_line_the_page_shows_full_continues_the_paragraph_though_its_text_is_short()
    {
        // By its characters the sixth line is short and the next word would fit; on the page it fills the column.
        var clean = PdfCleaner.Clean(PdfSourceText.Of(JustifiedParagraph(300))).Text;

        Assert.Single(clean.Paragraphs);
    }

    [Fact]
    public void A_sentence_end_on_a_line_the_page_shows_short_ends_the_paragraph_with_the_measure_as_evidence()
    {
        var clean = PdfCleaner.Clean(PdfSourceText.Of(JustifiedParagraph(150))).Text;

        Assert.Equal(2, clean.Paragraphs.Count);
        Assert.Contains(clean.Report.OfKind(CleanupKind.ParagraphBreak),
            d => d.Line == 7 && d.Evidence.Contains("would have fitted on the line (measured on the page)", StringComparison.Ordinal));
    }
}
