using Lectern.Stages.Layout.Search;

namespace Lectern.Tests.Layout.Search;

public class SearchShardsTests
{
    [Fact]
    public void Terms_are_grouped_by_two_characters_and_a_large_group_is_split_by_one_more()
    {
        string[] terms = ["pa", "paa", "pab", "party", "pb", "x", "xylophone"];
        // "paa" and "pab" are each three quarters of a shard: "pa" is split, its own term staying in "pa".
        int Size(string t) => t is "paa" or "pab" ? SearchShards.MaxBytes * 3 / 4 : 10;
        var shards = SearchShards.Split(terms, Size);
        Assert.Equal(["pa: pa", "paa: paa", "pab: pab", "par: party", "pb: pb", "x: x", "xy: xylophone"],
            shards.Select(s => s.Key + ": " + string.Join(' ', s.Terms)));
    }

    [Fact]
    public void A_single_term_larger_than_a_shard_keeps_a_shard_of_its_own()
    {
        var shards = SearchShards.Split(["ab", "abc"], t => SearchShards.MaxBytes * 2);
        Assert.Equal(["ab: ab", "abc: abc"], shards.Select(s => s.Key + ": " + string.Join(' ', s.Terms)));
    }

    [Fact]
    public void Shard_file_names_keep_a_to_z_and_digits_and_spell_other_characters_in_hex() =>
        Assert.Equal("search/terms/a9_e9_1f600.json", SearchFiles.Shard("a9é😀"));
}
