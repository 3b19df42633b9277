using Lectern.Tests.Support;
using Lectern.Stages.Layout.Search;

namespace Lectern.Tests.Layout.Search;

public class SearchTermsTests
{
    [Theory]
    [InlineData("Self-Protectionism", new[] { "self", "protectionism" })]
    [InlineData("the Officials' duties and policies", new[] { "official", "duty", "policy" })]
    [InlineData("Pyŏngyang ÉLAN straße Łódź", new[] { "pyongyang", "elan", "strasse", "lodz" })]
    [InlineData("Workers\u2019 Party of Korea, C.C.", new[] { "worker", "party", "korea", "c", "c" })]
    [InlineData("classes boxes matches status analysis bus news", new[] { "class", "box", "match", "status", "analysis", "bus", "new" })]
    [InlineData("Pyo\u0306ngyang", new[] { "pyongyang" })]
    [InlineData("The WHICH Was Article 20 of 1948", new[] { "article", "20", "1948" })]
    public void Text_is_folded_split_stripped_of_stop_words_and_plurals(string text, string[] expected) =>
        Assert.Equal(expected, SearchTerms.Of(text));

    [Fact]
    public void A_word_longer_than_64_characters_is_cut_there_as_the_browser_cuts_it()
    {
        Assert.Equal([new string('x', 64), "next"], SearchTerms.Of(new string('x', 70) + " next"));
        Assert.Contains("slice(0, 64)", File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "assets", "search.js")));
    }

    [Fact]
    public void The_browser_gets_the_same_folding_table_and_stop_words_as_the_index()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Themes, "default", "assets", "search.js"));
        foreach (var word in StopWords.Words) Assert.Contains($"'{word}'", script);
        Assert.Contains("folding = index.f", script);
    }
}
