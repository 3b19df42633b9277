using System.Text.Json;
using Lectern.Pipeline;
using Lectern.Stages.Layout.Search;
using Lectern.Tests.Support;

namespace Lectern.Tests.Layout.Search;

/// <summary>The index <c>lectern build</c> writes, read back the way <c>60-search.js</c> reads it.</summary>
public class SearchIndexTests
{
    /// <summary>A built site's index: the shard a term is in, its postings decoded, and a hit's words.</summary>
    private sealed class BuiltIndex(string output)
    {
        public JsonElement Meta { get; } = Load(output, SearchFiles.Meta);

        public string[] Slugs => Meta.GetProperty("r").EnumerateArray().Select(e => e.GetString()!).ToArray();

        /// <summary>How many hits each of the reading's text files holds, as <c>meta.json</c> gives it.</summary>
        public int HitsPerTextFile(string slug) => Meta.GetProperty("n")[Array.IndexOf(Slugs, slug)].GetInt32();

        /// <summary>The term's hits as (reading slug, hit number), from the shard with the longest key the term starts with.</summary>
        public List<(string Slug, int Hit)> Hits(string term)
        {
            var key = Meta.GetProperty("k").EnumerateArray().Select(k => k.GetString()!)
                .Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)!;
            var shard = Load(output, SearchFiles.Shard(key));
            var hits = new List<(string, int)>();
            if (!shard.TryGetProperty(term, out var postings)) return hits;
            var reading = 0;
            foreach (var entry in postings.GetString()!.Split(';'))
            {
                var parts = entry.Split(':');
                reading += Base36(parts[0]);
                var hit = 0;
                foreach (var h in parts[1].Split(',')) hits.Add((Slugs[reading], hit += Base36(h)));
            }
            return hits;
        }

        /// <summary>The hit's anchor, section title and words.</summary>
        public (string Anchor, string Section, string Text, string Url) Hit(string slug, int hit)
        {
            var perFile = HitsPerTextFile(slug);
            var file = Load(output, SearchFiles.Text(slug, hit, perFile));
            var row = file.GetProperty("h")[hit % perFile];
            var section = row[1].GetInt32();
            return (row[0].GetString()!, section < 0 ? "" : file.GetProperty("s")[section].GetString()!, row[2].GetString()!, file.GetProperty("u").GetString()!);
        }

        private static JsonElement Load(string output, string path) =>
            JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, path))).RootElement;

        private static int Base36(string digits) => digits.Aggregate(0, (n, c) => n * 36 + (c <= '9' ? c - '0' : c - 'a' + 10));
    }

    [Fact]
    public void The_seed_index_finds_self_protectionism_in_its_two_paragraphs_with_their_section_and_words()
    {
        using var site = new TempSite();
        var result = BuildPipeline.Run(site.Options("/lectern-demo/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var index = new BuiltIndex(site.Output);

        Assert.Equal([RepoPaths.SeedSlug], index.Slugs);
        var self = index.Hits("self");
        var both = index.Hits("protectionism").Intersect(self).ToList();
        Assert.Equal(2, both.Count);
        var found = both.Select(h => index.Hit(h.Slug, h.Hit)).ToList();
        Assert.Contains("p-18", found.Select(f => f.Anchor));
        Assert.All(found, f =>
        {
            Assert.StartsWith("p-", f.Anchor);
            Assert.Contains("self-protectionism", f.Text);
            Assert.Equal("/lectern-demo/" + RepoPaths.SeedSlug + "/", f.Url);
            Assert.False(string.IsNullOrEmpty(f.Section));
        });
        var slug = RepoPaths.SeedSlug;

        // Every paragraph is a hit: p-N is hit N - 1, and a section heading is a hit after the paragraphs.
        var paragraphs = result.Site!.Readings.Single().ParagraphCount;
        Assert.Equal("p-" + paragraphs, index.Hit(slug, paragraphs - 1).Anchor);
        Assert.DoesNotContain("p-", index.Hit(slug, paragraphs).Anchor);
        Assert.Contains(index.Hits(SearchTerms.Of(index.Hit(slug, paragraphs).Text)[0]), h => h.Hit == paragraphs);

        // The glossary's forms, for the browser to widen a query with: "Politburo" also finds "Political Bureau".
        var forms = index.Meta.GetProperty("g").EnumerateArray().Select(f => f.EnumerateArray().Select(e => e.GetString()).ToList()).ToList();
        Assert.Contains(forms, f => f.Contains("politburo") && f.Contains("political bureau"));
        Assert.NotEmpty(index.Hits("political").Intersect(index.Hits("bureau")));
        Assert.Equal("o", index.Meta.GetProperty("f").GetProperty("ŏ").GetString());
    }

    [Fact]
    public void Postings_list_every_reading_in_the_site_order_and_no_stop_word_is_indexed()
    {
        using var site = new TempSite();
        for (var i = 2; i <= 3; i++) TempSite.CopyDirectory(site.ReadingDir(), site.ReadingDir($"copy-{i}"));
        var result = BuildPipeline.Run(site.Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var index = new BuiltIndex(site.Output);

        var order = index.Slugs;
        Assert.Equal(3, order.Length);
        var hits = index.Hits("protectionism");
        Assert.Equal(order, hits.Select(h => h.Slug).Distinct());
        Assert.Equal(3 * 2, hits.Count);
        Assert.All(hits, h => Assert.Contains("protectionism", index.Hit(h.Slug, h.Hit).Text));
        Assert.Empty(index.Hits("the"));
        Assert.All(Directory.GetFiles(Path.Combine(site.Output, "search", "terms")), f => Assert.True(new FileInfo(f).Length <= SearchShards.MaxBytes + 1024));
    }
}
