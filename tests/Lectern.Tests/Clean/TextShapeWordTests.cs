using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>The word helpers the dehyphenator reads tokens with.</summary>
public class TextShapeWordTests
{
    [Theory]
    [InlineData("(self-protectionism),", "self-protectionism")]
    [InlineData("\"cadres'", "cadres")]
    [InlineData("Party's", "Party's")]
    [InlineData("8th", "8th")]
    [InlineData("--", "")]
    [InlineData("", "")]
    public void A_words_core_drops_the_punctuation_around_it_and_keeps_inner_hyphens_and_apostrophes(string token, string core) =>
        Assert.Equal(core, TextShape.WordCore(token).ToString());

    [Theory]
    [InlineData("mani-", "mani")]
    [InlineData("fold,", "fold")]
    [InlineData("8th", "")]
    [InlineData("", "")]
    public void Leading_letters_stop_at_the_first_character_that_is_not_a_letter(string token, string letters) =>
        Assert.Equal(letters, TextShape.LeadingLetters(token));
}
