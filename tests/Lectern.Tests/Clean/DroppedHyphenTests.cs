using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>
/// pdftotext joins a line ending in a hyphen to the next and drops the hyphen, a compound's too. These
/// small texts have short lines and one long (joined) line, as such extractions do.
/// </summary>
public class DroppedHyphenTests
{
    private static (string Text, List<CleanupDecision> Decisions) Join(params string[] texts)
    {
        var lines = texts.Select((t, i) => new SourceLine(i + 1, t, 0)).ToArray();
        var decisions = new List<CleanupDecision>();
        return (new Dehyphenator(lines).Join(lines, decisions), decisions);
    }

    [Fact]
    public void The_documents_hyphenated_prefix_outweighs_the_word_list()
    {
        // "noncommittal" is in the word list, but this text writes its non- compounds with a hyphen.
        var (text, decisions) = Join("they were non-revolutionary", "in work", "and those who showed noncommittal attitudes were named");
        Assert.EndsWith("who showed non-committal attitudes were named", text);
        Assert.Contains("non-revolutionary", Assert.Single(decisions, d => d.Kind == CleanupKind.HyphenRestored).Evidence);
    }

    [Fact]
    public void A_word_near_the_start_of_a_joined_line_keeps_the_spelling_the_source_gives_it()
    {
        // The join stands where a printed line ended, most of a line in: "nonrevolutionary" opens the line, so no join
        // dropped a hyphen there; the same word at the join point of the line did lose one.
        var (text, decisions) = Join("they were named at the", "meeting of the day", "nonrevolutionary deeds were named, and so were nonrevolutionary words");
        Assert.StartsWith("they were named at the meeting of the day nonrevolutionary deeds were named, and so were non-revolutionary words", text);
        Assert.Single(decisions, d => d.Kind == CleanupKind.HyphenRestored);
    }

    [Fact]
    public void Without_the_documents_own_hyphenated_prefix_a_listed_word_stays_whole()
    {
        var (text, decisions) = Join("they were revolutionary", "in work", "and those who showed noncommittal attitudes were named");
        Assert.Contains(" noncommittal ", text);
        Assert.DoesNotContain(decisions, d => d.Kind == CleanupKind.HyphenRestored);
    }

    [Fact]
    public void A_prefix_whose_hyphen_a_rule_put_back_is_the_documents_style_for_listed_words_too()
    {
        // Both non- compounds lost their hyphen. "nonrevolutionary" is no word, so the prefix rule restores it;
        // that is evidence for "noncommittal", which the word list knows joined, even though it comes first.
        var (text, decisions) = Join("they were named", "in work",
            "and those who showed noncommittal attitudes and nonrevolutionary deeds were named at the meeting");
        Assert.Contains(" non-committal attitudes and non-revolutionary deeds ", text);
        var evidence = Assert.Single(decisions, d => d.Kind == CleanupKind.HyphenRestored && d.Text.StartsWith("noncommittal")).Evidence;
        Assert.Contains("'nonrevolutionary' at line 3", evidence);
    }

    [Fact]
    public void A_prefix_the_rule_did_not_restore_is_no_evidence_for_a_listed_word()
    {
        // "self" restored in "selfrevolutionary" says nothing about the style of "non".
        var (text, _) = Join("they were named", "in work",
            "and those who showed noncommittal attitudes and selfrevolutionary deeds were named at the meeting");
        Assert.Contains(" noncommittal attitudes and self-revolutionary deeds ", text);
    }

    [Fact]
    public void A_joined_form_whose_hyphen_is_put_back_elsewhere_is_no_evidence_for_joining_at_a_line_end()
    {
        // "selfprotectionism" in the joined line lost its hyphen and gets it back ("self-" begins "self-improvement");
        // so it says "self-protectionism", and the line-end "self-" + "protectionism" keeps its hyphen too.
        var (text, decisions) = Join("they were seized with self-", "protectionism", "and they learned that the selfprotectionism and self-improvement of officials were named");
        Assert.StartsWith("they were seized with self-protectionism and they learned that the self-protectionism and", text);
        var kept = Assert.Single(decisions, d => d.Kind == CleanupKind.HyphenKept);
        Assert.Contains("'selfprotectionism' at line 3", kept.Evidence);
    }

    [Fact]
    public void The_fidelity_check_replays_a_restored_hyphen_on_that_word_only()
    {
        // "cisions" (a piece of a garbled two-column extraction) gets a hyphen as two words; "decisions" on the
        // same line, which holds those letters, stays as it is, in the cleaned text and in the replay.
        var result = TextCleaner.Clean(string.Join("\n", "It said", "in short", "that the cisions of the Party and the decisions of the state were taken at the meeting today.", "It closed."));
        Assert.Null(result.FidelityError);
        Assert.Contains("the cis-ions of the Party and the decisions of the state", result.Text.Paragraphs[0]);
    }

    [Fact]
    public void The_fidelity_check_replays_a_restored_hyphen_on_a_whole_word_not_on_the_piece_of_a_broken_one()
    {
        // "de-" + "cisions" is joined at the line end; the whole word "cisions" later on the line gets a hyphen.
        var result = TextCleaner.Clean(string.Join("\n", "It said that the de-", "cisions of the Party and the cisions of the state and the other work were taken at the meeting today.", "It closed."));
        Assert.Null(result.FidelityError);
        Assert.Contains("the decisions of the Party and the cis-ions of the state", result.Text.Paragraphs[0]);
    }

    [Theory]
    [InlineData("fiveyear", "five-year")]
    [InlineData("byelected", "by-elected")]
    [InlineData("workplace", "workplace")] // a listed word: left alone
    [InlineData("Kimchaek", "Kimchaek")]   // a name whose parts are not both listed words: left alone
    public void An_unknown_word_made_of_two_words_gets_its_hyphen_back(string joined, string expected)
    {
        var (text, _) = Join("it said", "in short", $"that they will carry out the {joined} plan set at the congress");
        Assert.Contains($" {expected} plan", text);
    }

    [Fact]
    public void A_justified_line_a_little_longer_than_most_is_no_joined_line()
    {
        // Justified lines of nearly one length: half of them are longer than the median, but none is several
        // printed lines, so "harvestable" (no listed word; "harvest" and "able" are) keeps its spelling.
        var (text, decisions) = Join(
            "the agencies shall make their data open",
            "and shall publish them in formats that",
            "are machine readable and are described",
            "with metadata so that they are easy to",
            "find and that the harvestable lists of them",
            "are kept up to date by each agency here");
        Assert.Contains(" harvestable lists ", text);
        Assert.DoesNotContain(decisions, d => d.Kind == CleanupKind.HyphenRestored);
    }

    [Fact]
    public void The_piece_of_a_word_broken_at_a_line_end_is_not_taken_for_a_compound()
    {
        // "mittee" is not a word and "mit" and "tee" are: it must still join to "Committee", not "mit-tee".
        var (text, decisions) = Join("of the Party Central Com-", "mittee and of the provincial people's committees and others", "it said");
        Assert.StartsWith("of the Party Central Committee and", text);
        Assert.DoesNotContain(decisions, d => d.Kind == CleanupKind.HyphenRestored);
    }

    [Fact]
    public void A_dateline_dash_taken_for_a_hyphen_and_glued_to_the_text_is_restored()
    {
        // pdftotext read "(KCNA) --" at a line end as a hyphenated word and joined "-The" to it.
        var result = TextCleaner.Clean(string.Join("\n",
            "Report on a Meeting", "", "Pyongyang, June 30 (KCNA) -The meeting opened at noon.", "It closed at six. -0-"));
        Assert.Null(result.FidelityError);
        Assert.Equal("Pyongyang, June 30 (KCNA)", result.Text.Dateline);
        Assert.Equal("The meeting opened at noon.", result.Text.Paragraphs[0][..27]);
        Assert.Contains(result.Text.Report.Decisions, d => d is { Kind: CleanupKind.HyphenRestored, Line: 3 });
    }

    [Fact]
    public void A_hyphen_led_word_after_a_dateline_dash_is_kept()
    {
        var result = TextCleaner.Clean("Pyongyang, June 30 (KCNA) -- -The quoted word opens here. -0-");
        Assert.Null(result.FidelityError);
        Assert.Equal("Pyongyang, June 30 (KCNA)", result.Text.Dateline);
        Assert.StartsWith("-The quoted", result.Text.Paragraphs[0]);
    }
}
