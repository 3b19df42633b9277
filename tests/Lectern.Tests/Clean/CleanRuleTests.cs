using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>Each cleanup rule on small hand-made inputs, including the traps the issue names.</summary>
public class CleanRuleTests
{
    private static CleanResult Clean(params string[] lines) => TextCleaner.Clean(string.Join("\n", lines));

    /// <summary>The lines the cleaner's report and fidelity check number, of the text <see cref="Clean"/> cleans.</summary>
    private static List<SourceLine> SourceLines(params string[] lines) => InputNormalizer.ToLines(string.Join("\n", lines), []);

    [Fact]
    public void Input_hygiene_handles_bom_crlf_tabs_nbsp_soft_hyphens_and_curly_quotes()
    {
        var decisions = new List<CleanupDecision>();
        var lines = InputNormalizer.ToLines("\uFEFFThe\tWorkers\u2019 Party\u00A0of\r\nKo\u00ADrea\rsaid \u201Cyes\u201D.\f", decisions);
        Assert.Equal(["The Workers' Party of", "Korea", "said \"yes\"."], lines.Select(l => l.Text.ToString()));
        Assert.True(lines[2].FormFeed);
        var normalized = decisions.Where(d => d.Kind == CleanupKind.CharacterNormalized).Select(d => d.Text).ToList();
        Assert.Contains(normalized, t => t.StartsWith("typographic apostrophe"));
        Assert.Contains(normalized, t => t.StartsWith("soft hyphen"));
    }

    [Fact]
    public void Lines_are_numbered_as_the_source_notes_page_numbers_them()
    {
        // CRLF is one line end, a lone CR is one, and CR CR LF is a CR-ended blank line then a CRLF.
        const string raw = "\uFEFFone\r\ntwo\rthree\r\r\nfour\n\nfive";
        var lines = InputNormalizer.ToLines(raw, []);
        Assert.Equal(["one", "two", "three", "", "four", "", "five"], lines.Select(l => l.Text.ToString()));
        Assert.Equal(Enumerable.Range(1, 7), lines.Select(l => l.Number));
    }

    [Fact]
    public void Blank_lines_keep_their_own_numbers_and_a_form_feed_beyond_the_shared_ones()
    {
        // Blank lines are shared objects up to a line number, made anew past it; a form feed's blank line is its own.
        var raw = string.Concat(Enumerable.Repeat("text\n  \n", 10_000)) + "\f\n\nend";
        var lines = InputNormalizer.ToLines(raw, []);
        Assert.Equal(Enumerable.Range(1, 20_003), lines.Select(l => l.Number));
        Assert.All(lines.Where((_, i) => i % 2 == 1 && i < 20_000), l => Assert.True(l is { IsBlank: true, FormFeed: false, Indent: 0, EndsInSpace: false }));
        Assert.True(lines[20_000] is { IsBlank: true, FormFeed: true });
        Assert.True(lines[20_001] is { IsBlank: true, FormFeed: false });
        Assert.Equal("end", lines[20_002].Text.ToString());
    }

    [Fact]
    public void A_mid_sentence_page_break_surrounded_by_blank_lines_continues_the_paragraph()
    {
        var result = Clean(
            "Pyongyang, June 30 (KCNA) -- The meeting opened at noon in the hall and went on",
            "",
            "for a long time into the night.",
            "",
            "Delegates then left the hall through the doors after the end of it.",
            "",
            "",
            "",
            "",
            "                                 - 2 -",
            "",
            "",
            "They went home through the streets of the city and did not",
            "",
            "",
            "\fspeak again until the morning came over the quiet town.",
            "",
            "The end came quickly. -0-");
        Assert.Null(result.FidelityError);
        Assert.Equal("They went home through the streets of the city and did not speak again until the morning came over the quiet town.", result.Text.Paragraphs[2]);
        Assert.Equal(4, result.Text.Paragraphs.Count);
        Assert.Contains(result.Text.Report.Decisions, d => d.Kind == CleanupKind.FurnitureRemoved && d.Text == "- 2 -");
        Assert.NotEmpty(result.Text.Report.OfKind(CleanupKind.PageBreakJoined));
    }

    [Theory]
    [InlineData("-28th Congress of the Party.", "-2")]    // page 2's "- 2 -" joined to "8th" as if hyphenated
    [InlineData("-2 -The Congress of the Party.", "-2 -")] // the number and its dashes before a word
    public void A_page_number_glued_to_the_first_word_of_its_page_is_removed(string page2, string number)
    {
        var result = Clean("Pyongyang, June 30 (KCNA) -- It was after the", "\f" + page2 + " -0-");
        Assert.Null(result.FidelityError);
        Assert.Equal("It was after the " + page2[number.Length..], result.Text.Paragraphs.Single());
        Assert.Equal(number, result.Text.Report.OfKind(CleanupKind.FurnitureRemoved).Single().Text);
    }

    [Fact]
    public void The_end_mark_is_not_a_page_number_but_a_page_number_is_removed()
    {
        var result = Clean(
            "Pyongyang, June 30 (KCNA) -- First paragraph here.",
            "",
            "-2-",
            "",
            "Second paragraph here.",
            "",
            "-0-");
        Assert.Equal("-0-", result.Text.EndMark);
        Assert.Equal(["First paragraph here.", "Second paragraph here."], result.Text.Paragraphs);
        Assert.Single(result.Text.Report.OfKind(CleanupKind.FurnitureRemoved));
        Assert.Null(result.FidelityError);
    }

    private static CleanResult AssertTitleAndDateline(string title, params string[] lines)
    {
        var result = Clean(lines);
        Assert.Equal(title, result.Text.Title);
        Assert.Equal("Pyongyang, June 30 (KCNA)", result.Text.Dateline);
        Assert.Null(result.FidelityError);
        return result;
    }

    [Fact]
    public void A_title_hyphenated_across_lines_is_joined() =>
        AssertTitleAndDateline("Report on 2nd Enlarged Meeting of Political Bureau",
            "   Report on 2nd Enlarged Meet-", "   ing of Political Bureau", "", "Pyongyang, June 30 (KCNA) -- It met.");

    [Fact]
    public void A_dateline_broken_into_a_line_per_word_is_found()
    {
        // mutool breaks a justified line at its wide spaces.
        var result = AssertTitleAndDateline("Report on a Meeting",
            "Report on a Meeting", "", "Pyongyang, ", "June ", "30", "(KCNA) -- The meeting opened.", "It closed. -0-");
        Assert.Equal("The meeting opened. It closed.", string.Join(" ", result.Text.Paragraphs));
    }

    [Fact]
    public void A_title_line_with_a_comma_is_not_taken_for_the_dateline_place() =>
        AssertTitleAndDateline("Talks in Seoul, Tokyo and Beijing",
            "Talks in Seoul, Tokyo", "and Beijing", "", "Pyongyang, June 30 (KCNA) -- The meeting opened. -0-");

    [Fact]
    public void A_title_set_apart_by_a_blank_line_is_found_where_blank_lines_mark_no_paragraphs()
    {
        // A title spanning two columns is wider than the body's measure, so the next word would not have fitted on
        // it; the blank line below it is the only sign it ends there, in a text whose paragraphs have none.
        var result = Clean(
            "Memorandum for the Heads of Executive Departments and Agencies",
            "",
            "From: The Director",
            "Information is a valuable national",
            "resource and a strategic asset to the",
            "government, its partners and the",
            "public. Managing it as an asset will",
            "increase efficiency and reduce costs.",
            "Making it accessible to the public",
            "can fuel entrepreneurship.");
        Assert.Equal("Memorandum for the Heads of Executive Departments and Agencies", result.Text.Title);
        Assert.StartsWith("From: The Director", result.Text.Paragraphs[0]);
        Assert.Null(result.FidelityError);
    }

    [Fact]
    public void A_title_set_on_two_short_lines_above_a_blank_line_is_one_title()
    {
        // Set in a larger size, the title wraps far short of the body's measure: its second line's first word would
        // have fitted on the first line at the body's size, which alone would start a block there.
        var result = Clean(
            "Memorandum for the Heads of Executive",
            "Departments and Agencies",
            "",
            "Information is a valuable national resource and a strategic",
            "asset to the government, its partners and the public at large.",
            "",
            "Managing it as an asset will increase efficiency and reduce",
            "the costs of the agencies, and improve the services they give.",
            "",
            "Making it accessible to the public can fuel entrepreneurship.");
        Assert.Equal("Memorandum for the Heads of Executive Departments and Agencies", result.Text.Title);
        Assert.StartsWith("Information is a valuable", result.Text.Paragraphs[0]);
        var joined = Assert.Single(result.Text.Report.OfKind(CleanupKind.TitleLinesJoined));
        Assert.Equal((2, "Departments"), (joined.Line, joined.Text));
        Assert.Null(result.FidelityError);
    }

    [Theory]
    [InlineData("con-", "vened", "convened")]
    [InlineData("self-", "protectionism", "self-protectionism")]
    [InlineData("Party-", "wide", "Party-wide")]
    [InlineData("anti-", "epidemic", "anti-epidemic")]
    [InlineData("by-", "elected", "by-elected")]
    [InlineData("five-", "year", "five-year")]
    [InlineData("revolution-", "izing", "revolutionizing")]
    public void A_line_end_hyphen_is_joined_or_kept_on_evidence(string left, string right, string expected)
    {
        SourceLine[] lines = [new(1, "They " + left, 0), new(2, right + " it.", 0)];
        var decisions = new List<CleanupDecision>();
        var text = new Dehyphenator(lines).Join(lines, decisions);
        Assert.Equal($"They {expected} it.", text);
        Assert.Single(decisions, d => d.Kind is CleanupKind.HyphenJoined or CleanupKind.HyphenKept);
    }

    [Fact]
    public void The_document_itself_is_the_strongest_hyphen_evidence()
    {
        SourceLine[] lines = [new(1, "The co-", 0), new(2, "operation grew, and co-operation won.", 0)];
        var decisions = new List<CleanupDecision>();
        Assert.Equal("The co-operation grew, and co-operation won.", new Dehyphenator(lines).Join(lines, decisions));
        Assert.Contains("line 2", decisions.Single().Evidence);
    }

    [Fact]
    public void Running_headers_and_footers_of_a_browser_print_are_removed()
    {
        string[] bodies = ["A Report\n\nPyongyang, June 30 (KCNA) -- Text of page one goes here.", "The second page has this.", "And the third one that."];
        var page = (int n) => string.Join("\n", "6/30/21, 9:14 AM", "A Report", bodies[n - 1], "https://example.org/a-report", $"{n}/3");
        var result = TextCleaner.Clean(page(1) + "\n\f" + page(2) + "\n\f" + page(3));
        Assert.Equal("A Report", result.Text.Title);
        Assert.Equal("Text of page one goes here. The second page has this. And the third one that.", string.Join(" ", result.Text.Paragraphs));
        Assert.Equal(12, result.Text.Report.OfKind(CleanupKind.FurnitureRemoved).Count());
        Assert.Null(result.FidelityError);
    }

    [Fact]
    public void A_browser_header_of_four_stacked_lines_is_removed_whole()
    {
        // mutool sets all of a browser's furniture at the page's top: date, title, page number, address; the address is
        // the fourth line in, at the edge once the three above it are known to be furniture.
        string[] bodies = [
            "A Report of the Day\n\nPyongyang, June 30 (KCNA) -- The text of the first page goes on here,\nand on over its lines, one by one,\nwith more words in them.",
            "The second page has these words,\nthen a few more of its own,\nand ends with these.",
            "And the third one has others,\nin lines of a different kind,\nthat end the report."];
        var page = (int n) => string.Join("\n", "6/30/21, 9:14 AM", "A Report of the\u2026", "", $"{n}/3", "file:///home/user/a-report.html", "", bodies[n - 1]);
        var result = TextCleaner.Clean(page(1) + "\n\f" + page(2) + "\n\f" + page(3));
        Assert.Equal("A Report of the Day", result.Text.Title);
        Assert.DoesNotContain(result.Text.Paragraphs, p => p.Contains("file:") || p.Contains("/3"));
        Assert.Equal(12, result.Text.Report.OfKind(CleanupKind.FurnitureRemoved).Count());
        Assert.Null(result.FidelityError);
    }

    [Fact]
    public void A_running_header_that_shows_the_title_going_on_past_its_first_line_joins_the_titles_lines()
    {
        // Set large, the title wraps short of the body's measure; the browser's header prints it cut short, but past
        // the first line ("Executive D..."): the next line is the title's.
        string[] bodies = [
            "Memorandum for the Heads of Executive\nDepartments and Agencies\nFrom: The Director\nThe text of the first page goes on here,\nand on over its lines, one by one.",
            "The second page has these words,\nthen a few more of its own,\nand ends with these.",
            "And the third one has others,\nin lines of a different kind,\nthat end the memorandum."];
        var page = (int n) => string.Join("\n", "6/30/21, 9:14 AM", "Memorandum for the Heads of Executive D\u2026", $"{n}/3", bodies[n - 1]);
        var result = TextCleaner.Clean(page(1) + "\n\f" + page(2) + "\n\f" + page(3));
        Assert.Equal("Memorandum for the Heads of Executive Departments and Agencies", result.Text.Title);
        Assert.Contains(result.Text.Report.OfKind(CleanupKind.TitleLinesJoined), d => d.Evidence == TitleInRunningHeader.Reason);
        Assert.Null(result.FidelityError);
    }

    [Fact]
    public void Fidelity_check_fails_on_a_lost_word_and_names_its_line()
    {
        var result = Clean("Pyongyang, June 30 (KCNA) -- One two three.", "Four five.");
        var broken = result.Text with { Paragraphs = ["One two three. Four."] };
        var mismatch = FidelityCheck.Compare(SourceLines("Pyongyang, June 30 (KCNA) -- One two three.", "Four five."), result.Text.Report, broken);
        Assert.NotNull(mismatch);
        Assert.Equal(2, mismatch.Line);
    }

    [Theory]
    [InlineData("One twofold three. Four five.", "'two' where the cleaned text has 'twofold'")]
    [InlineData("One two three.Four five.", "'three.' where the cleaned text has 'three.Four'")]
    [InlineData("One two three. Four five.\u2003Six", "added words from word 10 ('Six')")]
    public void Fidelity_check_tells_a_word_from_one_that_goes_on(string paragraph, string message)
    {
        var result = Clean("Pyongyang, June 30 (KCNA) -- One two three.", "Four five.");
        var mismatch = FidelityCheck.Compare(SourceLines("Pyongyang, June 30 (KCNA) -- One two three.", "Four five."), result.Text.Report, result.Text with { Paragraphs = [paragraph] });
        Assert.NotNull(mismatch);
        Assert.Contains(message, mismatch.Message);
    }
}
