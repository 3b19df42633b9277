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
}
