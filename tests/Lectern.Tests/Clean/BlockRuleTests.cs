using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>
/// The general rules for documents of any shape, each on a small hand-made extraction: line-end hyphens of every
/// kind, British spellings, a title its running headers repeat, page-edge lines that are the document's own, a
/// browser's print header and footer, short lines set apart, and the kinds of blocks (headings with levels, items
/// with depths).
/// </summary>
public class BlockRuleTests
{
    private static CleanText Clean(string raw) => Support.FaithfulClean.Of(raw);

    [Theory]
    [InlineData("-")]
    [InlineData("\u2010")] // U+2010 HYPHEN, what Chromium and groff -Tutf8 print at a hyphenation point
    [InlineData("\u2011")] // U+2011 NON-BREAKING HYPHEN
    [InlineData("\u00AD")] // a soft hyphen shown at the break
    [InlineData("\u00AD\u2010")] // Chromium's text: the soft hyphen and the printed hyphen
    public void A_line_end_hyphen_of_any_kind_joins_a_word_split_at_the_line_end(string hyphen)
    {
        var clean = Clean($"The respected Com{hyphen}\nrade Kim Jong Un made a long speech.\n\nThen the meeting closed after the speech.\n");

        Assert.Equal("The respected Comrade Kim Jong Un made a long speech.", clean.Paragraphs[0]);
    }

    [Theory]
    [InlineData("col", "our", "colour")]
    [InlineData("hon", "our", "honour")]
    [InlineData("De", "fence", "Defence")]
    public void A_british_spelling_is_a_word_so_it_is_not_split(string left, string right, string word)
    {
        var clean = Clean($"The flag shows a bright {left}-\n{right} and a long history.\n\nIt flies over the hall each day.\n");

        Assert.Equal($"The flag shows a bright {word} and a long history.", clean.Paragraphs[0]);
    }

    /// <summary>Pages (split by form feeds), each a list of lines.</summary>
    private static string Pages(params string[][] pages) => string.Join("\f", pages.Select(p => string.Join("\n", p) + "\n"));

    // Enough wrapped lines for the cleaner to learn the measure, as any real document has.
    internal static readonly string[] Filler =
    [
        "The members of the organization shall meet in regular sessions every",
        "year, and in special sessions as occasion may require, at the seat of",
        "the organization or at any other place that the members decide upon,",
        "and they shall adopt their own rules of procedure for every session,",
        "each member shall have one vote in the sessions of the organization,",
        "and decisions on important questions shall be made by a majority of",
        "two thirds of the members present and voting in the session that is",
        "held for the purpose, unless the members decide otherwise in advance.",
        "The secretariat shall keep the records of every session and send them",
        "to the members within a month of its close, together with the reports",
        "of the committees and the budget that the session approved, so that",
        "every member can see what was decided and by whom, and can raise its",
        "objections at the next session, where the members shall hear them and",
        "decide on them before any other business, unless they agree to hear",
        "them later in the same session, or at a special session called for the",
        "purpose by a majority of the members, which shall meet within a month.",
    ];

    private static string Text(params string[][] parts) => string.Join("\n", parts.SelectMany(p => p)) + "\n";

    private static readonly string[] Body =
    [
        "The members of the organization shall meet in regular sessions every",
        "year, and in special sessions as occasion may require, at the seat of",
        "the organization or at any other place that the members decide upon.",
        "Each member shall have one vote in the sessions of the organization.",
    ];

    [Fact]
    public void The_title_is_found_when_the_running_headers_of_later_pages_repeat_it()
    {
        var clean = Clean(Pages(
            ["Charter of the Organization", "", .. Filler[..8]],
            ["Charter of the Organization", "", .. Filler[8..]],
            ["Charter of the Organization", "", "The seat of the organization shall be decided by the members at their",
                "first session, and it may be moved only by a decision of two thirds of",
                "the members present and voting in a session called for that purpose."]));

        Assert.Equal("Charter of the Organization", clean.Title);
        Assert.DoesNotContain(clean.Paragraphs, p => p.Contains("Charter"));
        Assert.Equal([11, 21], clean.Report.OfKind(CleanupKind.FurnitureRemoved).Select(d => d.Line));
    }

    [Fact]
    public void A_line_at_a_page_edge_that_continues_the_documents_numbered_headings_is_kept()
    {
        var clean = Clean(Pages(
            ["Charter of the Organization", "", "Article 1", .. Body, "Article 2", .. Body, "Page 1"],
            ["Article 3", .. Body, "Article 4", .. Body, "Page 2"],
            ["Article 5", .. Body, "Page 3"]));

        var headings = clean.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text);
        Assert.Equal(["Article 1", "Article 2", "Article 3", "Article 4", "Article 5"], headings);
        Assert.DoesNotContain(clean.Paragraphs, p => p.Contains("Page"));
        Assert.Contains(clean.Report.OfKind(CleanupKind.FurnitureKept), d => d.Text == "Article 3");
    }

    [Fact]
    public void A_browsers_print_header_and_footer_are_furniture_and_the_end_mark_before_the_footer_is_the_end_mark()
    {
        string[] Page(int n, string[] lines) =>
            ["11/11/25, 11:10 PM                    Press Statement", "", .. lines, "", $"file:///home/user/Downloads/statement.html        {n}/3"];
        var clean = Clean(Pages(
            Page(1, ["Press Statement", "", "Pyongyang, June 30 (KCNA) -- The members of the organization shall meet", .. Body[1..]]),
            Page(2, Body),
            Page(3, [.. Body.SkipLast(1), "Each member shall have one vote in the sessions. -0-"])));

        Assert.Equal("Press Statement", clean.Title);
        Assert.Equal("-0-", clean.EndMark);
        Assert.DoesNotContain(clean.Paragraphs, p => p.Contains("file://") || p.Contains("PM") || p.Contains("/3"));
    }

    [Fact]
    public void Short_lines_that_end_a_salutation_or_a_sentence_are_blocks_of_their_own_when_the_next_word_would_have_fitted()
    {
        var clean = Clean(Text(["Speech at the University", "", "Comrades,"], Filler, [
            "How do you do, everyone?",
            "I extend warm congratulations to all the teachers, researchers, officials",
            "and students of the university standing here with the most dignified and",
            "proud feeling of building up the defence industry of lasting significance."]));

        Assert.Equal("Speech at the University", clean.Title);
        Assert.Equal(["Comrades,", "The members of the", "The secretariat sh", "How do you do, everyone?", "I extend warm"],
            clean.Paragraphs.Select(p => p.Length > 24 ? p[..(p.StartsWith("I ", StringComparison.Ordinal) ? 13 : 18)] : p));
    }

    [Fact]
    public void A_salutation_ending_in_a_comma_before_a_blank_line_is_a_block_where_blank_lines_separate_paragraphs()
    {
        var clean = Clean(Text(["Speech at the University", ""], Filler[..5], [""], Filler[5..], [
            "",
            "Students of the university who will carry on the work",
            "of the organization,",
            "",
            "All of you shall study hard and serve the members well in the years to come."]));

        Assert.Equal(["Students of the university who will carry on the work of the organization,",
            "All of you shall study hard and serve the members well in the years to come."], clean.Paragraphs.TakeLast(2));
    }

    [Fact]
    public void An_ellipsis_on_a_line_of_its_own_is_a_block_of_its_own()
    {
        var clean = Clean(Text(["Speech at the University", ""], Filler, ["", "\u2026", "", "The speech went on after the omission, as the report says it did."]));

        Assert.Equal(["\u2026", "The speech went on after the omission, as the report says it did."], clean.Paragraphs.TakeLast(2));
    }

    [Fact]
    public void Numbered_and_bulleted_lines_are_items_nested_by_their_numbering_and_short_numbered_lines_are_headings()
    {
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "I. Definitions",
            "The terms below are used in this memorandum as follows, unless noted.",
            "1. Data means all structured information, unless otherwise noted.",
            "2. A dataset is a collection of data presented in tabular form:",
            "a. tables are datasets;",
            "b. lists are datasets too.",
            "3. Open data are publicly available data that can be used freely.",
            "II. Scope",
            "This memorandum applies to all new information that agencies collect.",
            "\u2022 The first item of the list, which is long enough to wrap onto",
            "the next line of the page.",
            "\u2022 The second item of the list.",
            "The memorandum ends here with a last paragraph of its own text."]));

        Assert.Equal("Open Data Policy", clean.Title);
        Assert.Equal(new (BlockKind, int, string)[]
        {
            (BlockKind.Paragraph, 0, string.Join(" ", Filler)),
            (BlockKind.Heading, 1, "I. Definitions"),
            (BlockKind.Paragraph, 0, "The terms below are used in this memorandum as follows, unless noted."),
            (BlockKind.Item, 1, "1. Data means all structured information, unless otherwise noted."),
            (BlockKind.Item, 1, "2. A dataset is a collection of data presented in tabular form:"),
            (BlockKind.Item, 2, "a. tables are datasets;"),
            (BlockKind.Item, 2, "b. lists are datasets too."),
            (BlockKind.Item, 1, "3. Open data are publicly available data that can be used freely."),
            (BlockKind.Heading, 1, "II. Scope"),
            (BlockKind.Paragraph, 0, "This memorandum applies to all new information that agencies collect."),
            (BlockKind.Item, 1, "The first item of the list, which is long enough to wrap onto the next line of the page."),
            (BlockKind.Item, 1, "The second item of the list."),
            (BlockKind.Paragraph, 0, "The memorandum ends here with a last paragraph of its own text."),
        }, clean.Blocks.Select(b => (b.Kind, b.Level, b.Text)));
        Assert.Equal(clean.Blocks.Select(b => b.Text), clean.Paragraphs);
        Assert.Equal(19, clean.Blocks[1].SourceLine);
    }

    [Fact]
    public void A_line_that_does_not_hang_at_the_items_text_ends_the_list_where_the_documents_items_hang()
    {
        var clean = Clean(Text(["Rules of Procedure", ""], Filler, [
            "(1) The members of the organization shall meet in regular sessions every",
            "    year, and in special sessions as occasion may require, at the seat.",
            "(2) Each member shall have one vote in the sessions of the organization,",
            "    and decisions on important questions shall be made by a majority of",
            "    two thirds of the members present and voting in the regular session.",
            "The secretariat shall keep the records of every session and send them",
            "to the members within a month of its close, together with the reports."]));

        Assert.Equal(new (BlockKind, string)[]
        {
            (BlockKind.Item, "(2) Each member shall have one vote in the sessions of the organization, and decisions on important questions shall be made by a majority of two thirds of the members present and voting in the regular session."),
            (BlockKind.Paragraph, "The secretariat shall keep the records of every session and send them to the members within a month of its close, together with the reports."),
        }, clean.Blocks.TakeLast(2).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_line_back_at_the_margin_ends_an_item_whose_own_lines_hang()
    {
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "From:",
            "\u2022 Sylvia M. Burwell",
            "  Director",
            "\u2022 Dominic J. Mancini",
            "  Deputy Administrator, Office of Information and Regulatory Affairs",
            "Subject: Open Data Policy",
            "Information is a valuable national resource and a strategic asset to all."]));

        Assert.Equal(new (BlockKind, string)[]
        {
            (BlockKind.Item, "Sylvia M. Burwell Director"),
            (BlockKind.Item, "Dominic J. Mancini Deputy Administrator, Office of Information and Regulatory Affairs"),
            (BlockKind.Paragraph, "Subject: Open Data Policy"),
        }, clean.Blocks.TakeLast(4).Take(3).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Where_the_documents_items_do_not_hang_a_full_last_line_of_an_item_goes_on_with_the_item()
    {
        var clean = Clean(Text(["Rules of Procedure", ""], Filler, [
            "(1) The members of the organization shall meet in regular sessions every",
            "year, and in special sessions as occasion may require, at the seat.",
            "(2) Each member shall have one vote in the sessions of the organization,",
            "and decisions on important questions shall be made by a majority of the",
            "two thirds of the members present and voting in the regular session.",
            "The secretariat shall keep the records of every session and send them",
            "to the members within a month of its close, together with the reports."]));

        Assert.DoesNotContain(clean.Report.OfKind(CleanupKind.ParagraphBreak), d => d.Evidence.Contains("hang", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_lines_in_a_row_with_no_text_between_are_lines_set_apart_not_headings()
    {
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "Sylvia M. Burwell",
            "Director",
            "Steven VanRoekel",
            "Federal Chief Information Officer",
            "I. Definitions",
            "The terms below are used in this memorandum as follows, unless noted.",
            "The Council",
            "Composition",
            "The members of the council are named in the annex to this memorandum."]));

        Assert.Equal(new (BlockKind, int, string)[]
        {
            (BlockKind.Paragraph, 0, "Sylvia M. Burwell"),
            (BlockKind.Paragraph, 0, "Director"),
            (BlockKind.Paragraph, 0, "Steven VanRoekel"),
            (BlockKind.Paragraph, 0, "Federal Chief Information Officer"),
            (BlockKind.Heading, 1, "I. Definitions"),
            (BlockKind.Paragraph, 0, "The terms below are used in this memorandum as follows, unless noted."),
            (BlockKind.Heading, 2, "The Council"),
            (BlockKind.Heading, 2, "Composition"),
        }, clean.Blocks.Skip(1).Take(8).Select(b => (b.Kind, b.Level, b.Text)));
    }

    [Fact]
    public void A_numbered_line_as_wide_as_a_full_line_stands_alone_like_the_numbered_heading_before_it()
    {
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "a. Use machine-readable and open formats",
            "Agencies must use open formats for all new information they collect.",
            "b. Use data standards",
            "Agencies must use data standards in order to promote interoperability.",
            "c. Ensure information stewardship through the use of open licenses now",
            "Agencies must apply open licenses to information as it is collected."]));

        Assert.Equal(new (BlockKind, string)[]
        {
            (BlockKind.Heading, "c. Ensure information stewardship through the use of open licenses now"),
            (BlockKind.Paragraph, "Agencies must apply open licenses to information as it is collected."),
        }, clean.Blocks.TakeLast(2).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Heading_levels_follow_the_order_the_document_first_uses_each_kind_of_heading()
    {
        var clean = Clean(Text(["Charter of the Organization", ""], Filler, [
            "CHAPTER IV",
            "The General Assembly",
            "Composition",
            "Article 9",
            "The General Assembly shall consist of all the members of the organization.",
            "Article 10",
            "The General Assembly may discuss any questions within the scope of the charter.",
            "CHAPTER V",
            "The Security Council",
            "Composition",
            "Article 23",
            "The Security Council shall consist of fifteen members of the organization."]));

        Assert.Equal(new (BlockKind, int)[]
        {
            (BlockKind.Paragraph, 0), (BlockKind.Paragraph, 0), (BlockKind.Heading, 1), (BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 3), (BlockKind.Paragraph, 0),
            (BlockKind.Heading, 3), (BlockKind.Paragraph, 0),
            (BlockKind.Heading, 1), (BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Heading, 3), (BlockKind.Paragraph, 0),
        }, clean.Blocks.Select(b => (b.Kind, b.Level)));
    }

    [Fact]
    public void A_name_in_capitals_and_a_memo_field_are_paragraphs_not_headings()
    {
        var clean = Clean(Text(["The Federalist No. 39", ""], Filler, [
            "MADISON",
            "Subject: Open Data Policy",
            "The last paragraph of the paper says what the writer meant to say here.",
            "PUBLIUS."]));

        Assert.All(clean.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["MADISON", "Subject: Open Data Policy"], clean.Paragraphs.Skip(1).Take(2));
    }

    [Fact]
    public void A_short_numbered_block_between_items_it_continues_is_an_item_not_a_heading()
    {
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "I. Roles",
            "The agency's officer is responsible for the following duties, at least:",
            "1. Communicating the value of open data to the agency and the public;",
            "2. Working with the officials for privacy; and",
            "3. Working with the officials for security to assess the risks of release.",
            "II. Scope",
            "This memorandum applies to all new information that agencies collect.",
            "a. New data are covered from the day this memorandum is issued.",
            "b. Existing data",
            "Agencies should review the data they already hold in the same way."]));

        Assert.Equal(new (BlockKind, int, string)[]
        {
            (BlockKind.Heading, 1, "I. Roles"),
            (BlockKind.Paragraph, 0, "The agency's officer is responsible for the following duties, at least:"),
            (BlockKind.Item, 1, "1. Communicating the value of open data to the agency and the public;"),
            (BlockKind.Item, 1, "2. Working with the officials for privacy; and"),
            (BlockKind.Item, 1, "3. Working with the officials for security to assess the risks of release."),
            (BlockKind.Heading, 1, "II. Scope"),
            (BlockKind.Paragraph, 0, "This memorandum applies to all new information that agencies collect."),
            (BlockKind.Item, 1, "a. New data are covered from the day this memorandum is issued."),
            // An item before it and none after: a heading of its own sequence, not the list's next item.
            (BlockKind.Heading, 2, "b. Existing data"),
        }, clean.Blocks.Skip(1).Take(9).Select(b => (b.Kind, b.Level, b.Text)));
        Assert.Contains(clean.Report.OfKind(CleanupKind.ListItemFound), d => d.Evidence.Contains("between the items '1.' and '3.'"));
    }

    [Fact]
    public void A_bulleted_items_open_ended_first_line_goes_on_though_the_bulleted_line_before_stood_alone()
    {
        // A bullet numbers nothing: the rule for a numbered line like the numbered heading before it is not for bullets.
        var clean = Clean(Text(["Open Data Policy", ""], Filler, [
            "\u2022 Todd Park",
            "Subject: Open Data Policy",
            "\u2022 Public. Consistent with the policy of the Open",
            "  Government, agencies must adopt it.",
            "The memorandum ends here with a last paragraph of its own text."]));

        Assert.Equal(new (BlockKind, string)[]
        {
            (BlockKind.Item, "Todd Park"),
            (BlockKind.Paragraph, "Subject: Open Data Policy"),
            (BlockKind.Item, "Public. Consistent with the policy of the Open Government, agencies must adopt it."),
            (BlockKind.Paragraph, "The memorandum ends here with a last paragraph of its own text."),
        }, clean.Blocks.Skip(1).Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void The_seed_report_is_all_paragraphs()
    {
        var clean = TextCleaner.Clean(File.ReadAllText(Support.RepoPaths.SeedSource)).Text;

        Assert.Equal(Support.RepoPaths.Expected.Paragraphs, clean.Paragraphs);
        Assert.All(clean.Blocks, b => Assert.Equal((BlockKind.Paragraph, 0), (b.Kind, b.Level)));
        Assert.Equal(clean.Paragraphs, clean.Blocks.Select(b => b.Text));
    }
}
