using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>The word list's lookup table and the word splitter answer as the plain set and Split would.</summary>
public class WordLookupTests
{
    [Fact]
    public void The_ascii_word_set_answers_as_an_ignore_case_set_of_its_words()
    {
        var random = new Random(3);
        var words = Enumerable.Range(0, 5_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .ToHashSet();
        var expected = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        var set = new AsciiWordSet(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', words)), words.Count);

        foreach (var word in words)
        {
            Assert.True(set.Contains(word));
            Assert.True(set.Contains(word.ToUpperInvariant()));
            foreach (var variant in new[] { word + "q", word[1..], "Z" + word, word.Replace('a', '@') })
                Assert.Equal(expected.Contains(variant), set.Contains(variant));
        }
        Assert.False(set.Contains(""));
        Assert.False(set.Contains(new string('a', set.Longest + 1)));
    }

    [Fact]
    public void The_ascii_word_set_reads_a_list_of_any_case_with_repeats_windows_line_ends_and_other_scripts()
    {
        var list = System.Text.Encoding.UTF8.GetBytes("Party\r\nparty\nCOMMITTEE\n\nnaïve\nbureau\r\n");
        var set = new AsciiWordSet(list, 6);

        Assert.True(set.Contains("party"));
        Assert.True(set.Contains("committee"));
        Assert.True(set.Contains("Bureau"));
        Assert.False(set.Contains("bureau\r"));
        Assert.False(set.Contains("na"));
        Assert.False(set.Contains("naïve"));
        Assert.Equal("committee".Length, set.Longest);
    }

    [Theory]
    [InlineData("party")]
    [InlineData("Party")]
    [InlineData("PARTY")]
    public void The_word_list_ignores_case(string word) => Assert.True(WordList.Contains(word));

    [Theory]
    [InlineData("partyy")]
    [InlineData("")]
    [InlineData("naïveté-ish")]
    public void The_word_list_does_not_hold_what_is_not_a_word(string word) => Assert.False(WordList.Contains(word));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("one")]
    [InlineData("one two  three ")]
    [InlineData("  lead and trail  ")]
    public void Splitting_at_spaces_gives_the_pieces_Split_gives(string text)
    {
        var expected = new List<Range>();
        foreach (var range in text.AsSpan().Split(' ')) expected.Add(range);
        var actual = new List<Range>();
        foreach (var range in TextShape.SplitAtSpaces(text)) actual.Add(range);
        Assert.Equal(expected, actual);
    }
}
