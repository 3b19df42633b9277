using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>
/// A page printed in two columns, as a layout extractor sets them side by side on one line, is read left column
/// first, then right; a title or header that spans the page stays above; a single column with a strip of list markers
/// or a few lines whose spaces line up by chance is read as it stands.
/// </summary>
public class ColumnSplitterTests
{
    private static readonly string[] Left =
    [
        "The members of the organization shall meet in",
        "regular sessions every year, and in special",
        "sessions as occasion may require, at the seat",
        "of the organization or at any other place.",
        "",
        "Each member shall have one vote in the sessions",
        "of the organization, and decisions on important",
        "questions shall be made by a majority of two",
        "thirds of the members present and voting.",
    ];

    private static readonly string[] Right =
    [
        "The secretariat shall keep the records of every",
        "session and send them to the members within a",
        "month of its close, together with the reports",
        "of the committees that met during the session.",
        "",
        "The committees shall report to the members on",
        "the questions given to them, and the members",
        "shall decide on every report at the next regular",
        "session of the organization that follows it.",
    ];

    /// <summary>The two columns side by side, the right one starting at character <paramref name="rightAt"/>.</summary>
    private static string SideBySide(string[] left, string[] right, int rightAt = 56) =>
        string.Join("\n", left.Zip(right, (l, r) => r.Length == 0 ? l : l.PadRight(rightAt) + r)) + "\n";

    private static CleanResult Clean(string raw)
    {
        var result = TextCleaner.Clean(raw);
        Assert.Null(result.FidelityError);
        return result;
    }

    private static string Words(IEnumerable<string> lines) => string.Join(" ", lines.Where(l => l.Length > 0));

    [Fact]
    public void Two_columns_side_by_side_are_read_left_column_first()
    {
        var result = Clean(SideBySide(Left, Right));

        Assert.Equal(Words(Left) + " " + Words(Right), string.Join(" ", result.Text.Paragraphs));
        var decision = Assert.Single(result.Text.Report.OfKind(CleanupKind.ColumnsSplit));
        Assert.Equal(1, decision.Line);
        Assert.Contains("gutter", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_columns_keep_their_paragraphs()
    {
        var result = Clean(SideBySide(Left, Right));

        Assert.Equal(4, result.Text.Paragraphs.Count);
        Assert.Equal(Words(Left[..4]), result.Text.Paragraphs[0]);
        Assert.Equal(Words(Right[5..]), result.Text.Paragraphs[3]);
    }

    [Fact]
    public void A_title_that_spans_both_columns_stays_above_them()
    {
        var title = "                 The Rules of Procedure of the Organization and its Committees";
        var result = Clean(title + "\n\n" + SideBySide(Left, Right));

        Assert.Equal("The Rules of Procedure of the Organization and its Committees " + Words(Left) + " " + Words(Right),
            Words([result.Text.Title, .. result.Text.Paragraphs]));
    }

    [Fact]
    public void Each_page_is_read_in_its_own_columns()
    {
        var page = SideBySide(Left, Right);
        var result = Clean(page + "\f" + SideBySide(Right, Left, rightAt: 60));

        Assert.Equal(Words(Left) + " " + Words(Right) + " " + Words(Right) + " " + Words(Left), string.Join(" ", result.Text.Paragraphs));
        Assert.Equal(2, result.Text.Report.OfKind(CleanupKind.ColumnsSplit).Count());
    }

    [Fact]
    public void Words_hyphenated_at_the_end_of_both_pieces_of_one_line_are_each_joined()
    {
        string[] left = [.. Left];
        string[] right = [.. Right];
        left[1] = "regular sessions every year, and in spe-";
        left[2] = "cial sessions as occasion may require, at the seat";
        right[1] = "session and send them to the mem-";
        right[2] = "bers within a month of its close, with the reports";

        var result = Clean(SideBySide(left, right));

        var text = string.Join(" ", result.Text.Paragraphs);
        Assert.Contains(" special sessions ", text, StringComparison.Ordinal);
        Assert.Contains(" members within ", text, StringComparison.Ordinal);
        Assert.Equal(2, result.Text.Report.OfKind(CleanupKind.HyphenJoined).Count(d => d.Line == 2));
    }

    [Fact]
    public void A_running_footer_that_leaves_the_gutter_blank_stays_below_the_columns_and_is_removed()
    {
        static string Footer(int n) => "\n" + "file:///home/user/rules.html".PadRight(96) + $"{n}/2\n";

        var result = Clean(SideBySide(Left, Right) + Footer(1) + "\f" + SideBySide(Right, Left) + Footer(2));

        Assert.Equal(Words(Left) + " " + Words(Right) + " " + Words(Right) + " " + Words(Left), string.Join(" ", result.Text.Paragraphs));
        Assert.Equal(2, result.Text.Report.OfKind(CleanupKind.FurnitureRemoved).Count(d => d.Text.StartsWith("file:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Columns_whose_lines_never_share_a_line_of_text_are_read_in_order()
    {
        // The columns' baselines differ, so the extractor gives each line of either column a line of its own.
        var lines = Left.Zip(Right).SelectMany(pair => new[] { pair.First, new string(' ', 56) + pair.Second })
            .Where(l => l.Trim().Length > 0);

        var result = Clean(string.Join("\n", lines) + "\n");

        Assert.Equal(Words(Left) + " " + Words(Right), string.Join(" ", result.Text.Paragraphs));
    }

    [Fact]
    public void A_strip_of_list_markers_beside_a_single_column_is_no_column()
    {
        var lines = Left.Where(l => l.Length > 0).Select((l, i) => i % 4 == 0 ? $"{i / 4 + 1}.   {l}" : "     " + l).ToArray();

        var result = Clean(string.Join("\n", lines) + "\n");

        Assert.Empty(result.Text.Report.OfKind(CleanupKind.ColumnsSplit));
        Assert.StartsWith("1. The members", result.Text.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_lines_whose_spaces_line_up_are_read_as_they_stand()
    {
        string[] lines =
        [
            "The members met in     the hall on the first day of the session.",
            "They heard the report  of the secretariat and adopted it at once.",
        ];

        var result = Clean(string.Join("\n", lines) + "\n");

        Assert.Empty(result.Text.Report.OfKind(CleanupKind.ColumnsSplit));
    }

    [Fact]
    public void Single_column_text_is_the_list_given()
    {
        var lines = Left.Select((l, i) => l.Length == 0 ? SourceLine.Blank(i + 1) : new SourceLine(i + 1, l, 0)).ToList();

        Assert.Same(lines, ColumnSplitter.Split(lines, []));
    }
}
