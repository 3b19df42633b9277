using Lectern.Stages.Layout.Search;

namespace Lectern.Tests.Layout.Search;

/// <summary>How a reading's hits are cut into text files (<see cref="SearchFiles.HitsPerTextFile"/>).</summary>
public class SearchFilesTests
{
    private static List<SearchHits.Hit> Hits(int count, int chars) =>
        Enumerable.Range(0, count).Select(i => new SearchHits.Hit("p-" + (i + 1), 0, new string('w', chars))).ToList();

    [Fact]
    public void A_reading_whose_words_fit_one_file_has_one()
    {
        Assert.Equal(40, SearchFiles.HitsPerTextFile(Hits(40, 300)));
        Assert.Equal(1, SearchFiles.HitsPerTextFile(Hits(1, SearchFiles.TextFileChars)));
        Assert.Equal(1, SearchFiles.HitsPerTextFile([]));
    }

    [Fact]
    public void A_longer_reading_is_cut_into_as_few_files_as_keep_each_near_the_limit_the_hits_shared_evenly()
    {
        // 100 hits of 400 characters: 40,000 characters, three files' worth: 34 hits a file (34, 34, 32).
        var perFile = SearchFiles.HitsPerTextFile(Hits(100, 400));
        Assert.Equal(34, perFile);
        Assert.Equal("r/search-2.json", SearchFiles.Text("r", 99, perFile));
        Assert.True(perFile * 400 <= SearchFiles.TextFileChars * 1.1);
    }

    [Fact]
    public void A_single_hit_longer_than_a_file_still_has_a_file_of_its_own()
    {
        Assert.Equal(1, SearchFiles.HitsPerTextFile(Hits(3, SearchFiles.TextFileChars * 2)));
    }

    [Fact]
    public void The_file_of_a_hit_is_its_number_over_the_hits_per_file()
    {
        Assert.Equal("a-reading/search-0.json", SearchFiles.Text("a-reading", 33, 34));
        Assert.Equal("a-reading/search-1.json", SearchFiles.Text("a-reading", 34, 34));
    }
}
