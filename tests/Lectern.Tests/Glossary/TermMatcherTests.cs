using Lectern.Glossary;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Glossary;

public class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new(Politburo());

    private static List<(string Text, string Id)> Find(string text) =>
        Matcher.Find(text).Select(m => (text.Substring(m.Start, m.Length), m.Entry.Id)).ToList();

    [Fact]
    public void The_longest_form_wins_where_forms_overlap()
    {
        Assert.Equal(
            [("Presidium of the Political Bureau", "presidium"), ("Party Central Committee", "central-committee")],
            Find("members of the Presidium of the Political Bureau of the Party Central Committee"));
    }

    [Fact]
    public void A_shorter_form_matches_where_the_longer_one_does_not_continue()
    {
        Assert.Equal([("Presidium", "presidium"), ("Political Bureau", "political-bureau")],
            Find("the Presidium and the Political Bureau"));
    }

    [Fact]
    public void Every_listed_form_matches_its_entry()
    {
        Assert.Equal(
            [("Politburo", "political-bureau"), ("C.C.", "central-committee"), ("WPK", "wpk"), ("alternate members", "alternate-member"), ("by-elected", "by-election")],
            Find("the Politburo of the 8th C.C., WPK elected alternate members and by-elected one"));
    }

    [Fact]
    public void A_range_is_matched_as_a_text_of_its_own_at_offsets_in_the_whole_text()
    {
        const string text = "XWPKs the Presidium of the Political Bureau";
        var matches = new List<TermMatch>();
        Matcher.Find(text, 1, 4, matches);
        Matcher.Find(text, 10, 36, matches);

        Assert.Equal([("WPK", 1, "wpk"), ("Presidium", 10, "presidium")], matches.Select(m => (text.Substring(m.Start, m.Length), m.Start, m.Entry.Id)));
    }

    [Fact]
    public void Only_whole_words_match()
    {
        Assert.Empty(Find("WPKs and SWPK and Presidiums and by-electedness"));
        Assert.Equal([("WPK", "wpk")], Find("(WPK)"));
    }

    [Fact]
    public void Case_matters_only_for_case_sensitive_entries()
    {
        Assert.Empty(Find("the political bureau and the PRESIDIUM"));
        Assert.Equal([("Alternate Members", "alternate-member")], Find("Alternate Members"));
    }

    [Fact]
    public void Typographic_apostrophes_and_line_breaks_match_the_plain_form()
    {
        Assert.Equal([("Workers\u2019 Party of Korea", "wpk"), ("Political\nBureau", "political-bureau")],
            Find("the Workers\u2019 Party of Korea and its Political\nBureau"));
    }

    [Fact]
    public void A_form_made_of_punctuation_matches_between_spaces()
    {
        Assert.Equal([("-0-", "end-mark")], Find("end -0-"));
    }

    [Fact]
    public void Matches_never_overlap_and_come_in_text_order()
    {
        var matches = Matcher.Find("Political Bureau Political Bureau Politburo");
        Assert.Equal([0, 17, 34], matches.Select(m => m.Start));
        Assert.All(matches.Zip(matches.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }
}
