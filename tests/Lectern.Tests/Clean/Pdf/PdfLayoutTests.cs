using Lectern.Stages.Clean.Pdf;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>The layout rules of the PDF reader on pages made of known letters: columns, and the block starts they show.</summary>
public class PdfLayoutTests
{
    private const double Size = 10;

    /// <summary>A line of page 1 in a column ending at x 300, in the body's size.</summary>
    private static PdfLine Line(double left, double y, string text) => new(1, 0, left, 300, y, Size, false, text);

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
    public void A_line_set_in_after_a_full_flush_line_of_its_own_ending_in_a_comma_starts_a_block_but_not_after_a_list_items_first_line()
    {
        // A salutation as wide as the column: the next word would not have fitted, and no sentence ends.
        var pdf = new PdfText(
        [
            Line(50, 700, "The speech goes on to the students."),
            Line(50, 688, "Students who will carry the cause forward,"),
            Line(65, 676, "All of you should keep this in mind."),
            Line(50, 664, "1. Working with the officials of the agency,"),
            Line(62, 652, "Its turned line is set in to its text."),
        ], 1);

        var start = Assert.Single(PdfSourceText.Of(pdf).Layout.BlockStarts);

        Assert.Equal((3, "the PDF sets the line in by 1.5 em after a flush line of its own that ends in a comma (a salutation)"), (start.Key, start.Value));
    }

    [Fact]
    public void A_line_set_in_after_a_line_set_in_starts_a_block_where_flush_lines_go_on_below_it_in_lower_case()
    {
        // A one-line field set in, then a paragraph whose first line is set in as far and whose turned lines are flush;
        // a bulleted item's turned lines, set in as far, do not go back to the edge mid-sentence.
        var pdf = new PdfText(
        [
            Line(50, 700, "\u2022 A name under a bullet"),
            Line(60, 688, "Its title set in to the text"),
            Line(60, 676, "Subject: The policy of the office"),
            Line(60, 664, "Information is a valuable resource and a strategic"),
            Line(50, 652, "asset to the government and the public it serves."),
        ], 1);

        var start = Assert.Single(PdfSourceText.Of(pdf).Layout.BlockStarts);

        Assert.Equal((4, "the PDF sets the line in by 1 em after a line set in, over flush lines that go on in lower case"), (start.Key, start.Value));
    }

    [Theory]
    [InlineData("VHHTQR+Bookman-Demi", true)] // groff's bold Bookman
    [InlineData("AvantGarde-DemiOblique", true)]
    [InlineData("Times-Bold", true)]
    [InlineData("SourceSans-Black", true)]
    [InlineData("Roboto-Heavy", true)]
    [InlineData("HIMDSC+Bookman-Light", false)]
    [InlineData("NotoSansCJK-DemiLight", false)]
    [InlineData("Times-Roman", false)]
    public void A_fonts_name_says_whether_it_is_bold(string name, bool bold) =>
        Assert.Equal(bold, PdfReader.IsBoldName(name));

    [Fact]
    public void A_typesetters_fixed_indent_under_an_em_of_a_large_size_starts_a_block()
    {
        // groff indents paragraphs by 10 pt at any size: at 13 pt that is 0.77 em.
        PdfLine Line(double left, double y, string text) => new(1, 0, left, 500, y, 13, false, text);
        var pdf = new PdfText([Line(54, 700, "The paragraph ends here."), Line(64, 684, "Specifically, the next begins."), Line(54, 668, "It goes on.")], 1);

        var source = PdfSourceText.Of(pdf);

        Assert.Equal("the PDF sets the line in by 0.8 em after a flush line that ends a sentence", Assert.Single(source.Layout.BlockStarts).Value);
        Assert.StartsWith("  Specifically", source.Text.Split('\n')[1]);
    }

    [Fact]
    public void Pieces_of_a_line_far_apart_are_shown_apart_as_a_layout_extraction_shows_them()
    {
        // A header: the page number at the left edge, the title at the right; its words a word space apart.
        var lines = Page(Row(750, (50, 75), (300, 340), (343, 383)));

        Assert.Equal("aaaaa   aaaaaaaa aaaaaaaa", Assert.Single(lines).Text);
    }

    [Fact]
    public void Text_set_at_an_angle_or_too_small_to_see_is_left_out_and_counted()
    {
        var pdf = OnePagePdf(
            "BT /F1 12 Tf 72 720 Td (Normal text here.) Tj ET " +
            "BT /F1 12 Tf 0 1 -1 0 300 300 Tm (Stamp) Tj ET " +
            "BT /F1 1 Tf 72 700 Td (hidden) Tj ET");
        var diagnostics = new Lectern.Diagnostics.DiagnosticBag();

        var text = PdfReader.Read(pdf, "stamped.pdf", diagnostics)!;

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Normal text here.", Assert.Single(text.Lines).Text);
        Assert.Equal((5, 6), (text.RotatedLetters, text.TinyLetters));
        Assert.Equal("5 letters set at an angle (a stamp or a margin note), 6 letters under 3 pt (hidden text)", text.LeftOut());
    }

    /// <summary>A PDF of one letter-sized page drawing <paramref name="content"/> with Helvetica as /F1.</summary>
    private static byte[] OnePagePdf(string content)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
