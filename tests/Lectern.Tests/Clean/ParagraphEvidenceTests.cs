using Lectern.Documents;

namespace Lectern.Tests.Clean;

/// <summary>
/// Paragraph ends on a full line, where neither a blank line nor an indent nor the room left on the line tells: the
/// evidence the document gives elsewhere (run-in labels it repeats), each on a small hand-made extraction.
/// </summary>
public class ParagraphEvidenceTests
{
    private static CleanText Clean(params string[][] parts) =>
        Support.FaithfulClean.Of(string.Join("\n", parts.SelectMany(p => p)) + "\n");

    private static readonly string[] Title = ["Open Data Policy", ""];

    [Fact]
    public void Lines_opening_with_a_run_in_label_after_a_sentence_start_entries_where_the_document_repeats_them()
    {
        var clean = Clean(Title, BlockRuleTests.Filler, [
            "Data: For the purposes of this memorandum, the term data refers to all",
            "structured information held by the members, unless otherwise noted.",
            "Dataset: For the purposes of this memorandum, the term dataset refers",
            "to a collection of data presented in tabular or in non-tabular form.",
            "Information: As defined in the circular, the term information means",
            "any communication or representation of knowledge such as the facts.",
            "Open data: For the purposes of this memorandum, the term open data is",
            "data structured in a way that lets the public discover and use them."]);

        Assert.Equal(["Data:", "Dataset:", "Information:", "Open data:"], clean.Paragraphs.Skip(1).Select(p => p[..(p.IndexOf(':') + 1)]));
    }

    [Fact]
    public void A_sentence_opening_with_a_phrase_and_a_colon_once_goes_on_with_its_paragraph()
    {
        var clean = Clean(Title, BlockRuleTests.Filler, [
            "Data: For the purposes of this memorandum, the term data refers to all",
            "structured information held by the members, unless otherwise noted.",
            "Dataset: For the purposes of this memorandum, the term dataset refers",
            "to a collection of data presented in tabular or in non-tabular form."]);

        Assert.Contains("within a month. Data: For the purposes", Assert.Single(clean.Paragraphs));
        Assert.Contains("otherwise noted. Dataset: For the purposes", clean.Paragraphs[0]);
    }

    private static string FirstWords(string text) => string.Join(' ', text.Split(' ')[..2]);

    // A layout extraction of a memo: paragraphs indented 3, and list items whose turned lines hang 4, so that most
    // indented lines are no first lines. The paragraph before each indent ends on a full line.
    private static string[] IndentedMemo(string indent) =>
    [
        "The members of the organization shall meet in regular sessions every",
        "year, and in special sessions as occasion may require. At the seat of",
        "the organization or at any other place that the members decide upon,",
        "they shall adopt their own rules of procedure for every such session.",
        indent + "Each member shall have one vote in the sessions of the organization,",
        "and decisions on important questions shall be made by a majority. Two",
        "thirds of the members present and voting in the session that is held",
        "for the purpose decide, unless the members decide otherwise in advance.",
        "1. The secretariat shall keep the records of every session and send them",
        "    to the members within a month of its close, together with the reports",
        "    of the committees and the budget that the session approved, so that",
        "2. Every member can see what was decided and by whom, and can raise its",
        "    objections at the next session, where the members shall hear them and",
        "    decide on them before any other business, unless they agree to hear",
        "    them later in the same session, or at a special session called for the",
        "    purpose by a majority of the members, which shall meet within a month.",
        indent + "The committees of the organization shall meet between the sessions,",
        "as often as their work requires. Their members shall be chosen by the",
        "members of the organization at each regular session, for a term of two",
        "years, and they shall report to every session on the work they did then.",
        indent + "Each committee shall have a chair and a secretary of its own choosing,",
        "and its decisions shall be made by a majority of its members. A third",
        "of the members of a committee may ask for a meeting at any time, which",
        "the chair shall then call within a week of the request, as rules require.",
        indent + "The secretariat shall keep the records of every session and send them",
        "to the members within a month of its close, with the reports of all its",
        "committees and the budget that the session approved, as the rules say.",
    ];

    [Fact]
    public void A_line_set_in_alone_after_a_sentence_starts_a_paragraph_where_the_document_sets_in_only_first_lines_so()
    {
        var clean = Clean(Title, IndentedMemo("   "));

        Assert.Equal(["The members", "Each member", "1. The", "2. Every", "The committees", "Each committee", "The secretariat"], clean.Blocks.Select(b => FirstWords(b.Text)));
    }

    [Fact]
    public void Without_the_indent_a_full_line_ending_a_sentence_goes_on_with_its_paragraph()
    {
        var clean = Clean(Title, IndentedMemo(""));

        // The paragraph after the list is told by its line's return from the items' hanging indent.
        Assert.Equal(["The members", "1. The", "2. Every", "The committees"], clean.Blocks.Select(b => FirstWords(b.Text)));
    }

    [Fact]
    public void A_line_ending_in_a_comma_before_a_line_set_in_alone_ends_its_block()
    {
        var clean = Clean(Title, IndentedMemo("   ")[..^7], [
            "   The secretariat shall keep the records.",
            "Students of the university who will carry on the work of the members,",
            "   All of you shall study hard and serve the members well in the years",
            "to come, and shall keep the records of every session the members hold."]);

        Assert.Equal("The secretariat shall keep the records.", clean.Paragraphs[^3]);
        Assert.Equal("Students of the university who will carry on the work of the members,", clean.Paragraphs[^2]);
        Assert.StartsWith("All of you shall study", clean.Paragraphs[^1]);
    }

    /// <summary>The lines after wrapped text and a short line that ends a sentence, so that a block starts at the first of them.</summary>
    private static CleanText AfterShortLine(params string[] lines) => AfterShortLineUnder(Title, lines);

    private static CleanText AfterShortLineUnder(string[] title, string[] lines) =>
        Clean(title, BlockRuleTests.Filler, ["Each member shall have one vote in the general sessions.", .. lines]);

    private static CleanText AddressBefore(string next) => AfterShortLine(
        "Students of the university who will carry on the work of the members,",
        next + " of you shall study hard and serve the members well in the years to",
        "come, and all of them shall report to the General Assembly every year.");

    [Fact]
    public void A_block_of_a_line_ending_in_a_comma_ends_before_a_word_the_document_capitalises_only_at_starts()
    {
        var clean = AddressBefore("All");

        Assert.Equal("Students of the university who will carry on the work of the members,", clean.Paragraphs[^2]);
        Assert.StartsWith("All of you shall study", clean.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("General")] // the document writes "the General Assembly"
    [InlineData("All Members")] // a title or a name goes on in capitals
    public void A_line_ending_in_a_comma_goes_on_before_a_word_capitalised_inside_lines_or_a_title(string next)
    {
        var clean = AddressBefore(next);

        Assert.StartsWith($"Students of the university who will carry on the work of the members, {next} of you", clean.Paragraphs[^1]);
    }

    private static CleanText LineBefore(string line, string next) => AfterShortLine(
        line,
        next + " shall meet in regular sessions every year, and in special",
        "sessions as occasion may require, at the seat of the organization.");

    [Fact]
    public void A_first_line_without_closing_punctuation_before_a_sentence_start_is_a_block_of_its_own()
    {
        var clean = LineBefore("Strengthening the alliance of the members is urgently needed for peace", "The members");

        Assert.Equal("Strengthening the alliance of the members is urgently needed for peace", clean.Paragraphs[^2]);
        Assert.Equal(BlockKind.Heading, clean.Blocks[^2].Kind);
        Assert.StartsWith("The members shall meet", clean.Paragraphs[^1]);
    }

    [Theory]
    [InlineData("Strengthening the alliance of the members is urgently needed for the", "The members")] // leads on
    [InlineData("Strengthening the alliance of the members is urgently needed for peace", "The Members")] // a title
    [InlineData("Strengthening the alliance of the members is urgently needed for peace", "SUCH members")] // emphasis
    [InlineData("Strengthening the alliance of the members is urgently needed for \"Peace", "Members\"")] // a quotation ends
    [InlineData("Strengthening the alliance of the members is urgently needed by General", "Members")] // a name goes on
    public void A_line_without_closing_punctuation_goes_on_into_a_name_a_title_or_a_word_in_capitals(string line, string next)
    {
        var clean = LineBefore(line, next);

        Assert.StartsWith(line + " " + next + " shall meet", clean.Paragraphs[^1]);
    }

    [Fact]
    public void A_memo_field_ends_before_a_line_that_opens_with_a_capital_and_goes_on_in_lower_case()
    {
        var clean = AfterShortLine(
            "Subject: Open Data Policy for the Information of the Organization",
            "Information is a valuable national resource and a strategic asset to",
            "the members, and it shall be managed as an asset throughout its life.");

        Assert.Equal("Subject: Open Data Policy for the Information of the Organization", clean.Paragraphs[^2]);
        Assert.StartsWith("Information is a valuable", clean.Paragraphs[^1]);
    }

    [Fact]
    public void A_full_line_ending_a_sentence_that_leaves_more_room_than_the_documents_wrapped_lines_ends_its_paragraph()
    {
        // A memo typeset ragged-right in two narrow columns and extracted by mutool: its wrapped lines fill closely, and
        // this line ends a paragraph some way short of the measure, though the next word would not quite have fitted.
        var clean = Support.FaithfulClean.Of(File.ReadAllText(Path.Combine(DocumentTruth.Folder, "variants", "omb-m1313-463.txt")));

        var decision = Assert.Single(clean.Report.OfKind(CleanupKind.ParagraphBreak), d => d.Line == 452);
        Assert.Contains("not wrapped for want of room", decision.Evidence, StringComparison.Ordinal);
        Assert.Contains(clean.Paragraphs, p => p.EndsWith("in consultation with its Office of General Counsel or equivalent.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_capitalised_in_a_line_in_title_case_is_still_capitalised_only_where_sentences_start()
    {
        var clean = AfterShortLineUnder(["Open Data Policy for Members", ""], [
            "Strengthening the alliance of the members is urgently needed for peace",
            "Members shall meet in regular sessions every year, and in special",
            "sessions as occasion may require, at the seat of the organization."]);

        Assert.Equal("Strengthening the alliance of the members is urgently needed for peace", clean.Paragraphs[^2]);
        Assert.StartsWith("Members shall meet", clean.Paragraphs[^1]);
    }
}
