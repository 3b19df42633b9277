using System.Text.Json;
using System.Text.RegularExpressions;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Cleans every committed variant of the development documents (Documents/variants: five real documents of other
/// shapes, typeset and extracted as people do) and compares the blocks with the documents' truth, as the project's
/// scorer does: texts compared after normalising spacing, quotes, dashes and a leading bullet glyph, and aligned in
/// order (longest common subsequence). Every variant keeps the source's words (the fidelity check); those cleaned
/// exactly, kinds and levels included, must stay so; and over all of them the share of blocks exact, of headings with
/// the right level and of items recognised may not fall below what the cleaner achieves.
/// </summary>
public class DocumentVariantTests
{
    private static string Documents => Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Documents");

    private static IEnumerable<string> VariantNames() =>
        Directory.GetFiles(Path.Combine(Documents, "variants"), "*.txt").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f)!);

    public static TheoryData<string> Variants() => new(VariantNames());

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_cleans_without_losing_adding_or_reordering_a_word(string variant)
    {
        var result = TextCleaner.Clean(File.ReadAllText(Path.Combine(Documents, "variants", variant + ".txt")));

        Assert.Null(result.FidelityError);
        Assert.Equal(result.Text.Paragraphs, result.Text.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("federalist-39-506")]
    [InlineData("federalist-39-591")]
    [InlineData("kcna-speech-247")]
    [InlineData("kcna-speech-273")]
    [InlineData("un-charter-309")]
    [InlineData("un-charter-356")]
    [InlineData("un-charter-362")]
    [InlineData("un-charter-390")]
    public void A_variant_the_cleaner_reads_exactly_stays_exact(string variant)
    {
        var (truth, clean) = Clean(variant);

        Assert.Equal(Normalize(truth.Title), Normalize(clean.Title));
        Assert.Equal(truth.Blocks.Select(b => (b.Kind, b.Level, Normalize(b.Text))),
            clean.Blocks.Select(b => (b.Kind, b.Kind == BlockKind.Item ? 0 : b.Level, Normalize(b.Text))));
    }

    [Fact]
    public void Over_all_variants_blocks_headings_and_items_are_found_at_least_as_well_as_now()
    {
        int total = 0, exact = 0, headings = 0, headingsRight = 0, items = 0, itemsRight = 0, titles = 0, variants = 0;
        foreach (var variant in VariantNames())
        {
            var (truth, clean) = Clean(variant);
            variants++;
            if (Normalize(truth.Title) == Normalize(clean.Title)) titles++;
            total += truth.Blocks.Count;
            headings += truth.Blocks.Count(b => b.Kind == BlockKind.Heading);
            items += truth.Blocks.Count(b => b.Kind == BlockKind.Item);
            foreach (var (t, c) in Aligned(truth.Blocks, clean.Blocks))
            {
                exact++;
                if (t.Kind == BlockKind.Heading && c.Kind == BlockKind.Heading && t.Level == c.Level) headingsRight++;
                if (t.Kind == BlockKind.Item && c.Kind == BlockKind.Item) itemsRight++;
            }
        }
        var summary = $"blocks exact {exact}/{total}, headings with their level {headingsRight}/{headings}, items {itemsRight}/{items}, titles {titles}/{variants}";
        // What the cleaner achieves on these 30 variants, rounded down: a floor that may only rise. The goal is 98% of
        // each; docs/cleanup.md says what is still missed and why.
        Assert.True(exact >= 0.93 * total, summary);
        Assert.True(headingsRight >= 0.95 * headings, summary);
        Assert.True(itemsRight >= 0.94 * items, summary);
        Assert.True(titles >= 28, summary);
    }

    private sealed record Truth(string Title, List<Block> Blocks);

    private static (Truth Truth, CleanText Clean) Clean(string variant)
    {
        var name = Regex.Replace(variant, @"-\d+$", "");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Documents, name + ".json")));
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().Select(b =>
        {
            var kind = Enum.Parse<BlockKind>(b.GetProperty("kind").GetString()!, ignoreCase: true);
            var level = kind == BlockKind.Heading ? b.TryGetProperty("level", out var l) ? l.GetInt32() : 1 : 0;
            return new Block(kind, level, b.GetProperty("text").GetString()!, 0);
        }).ToList();
        var truth = new Truth(json.RootElement.GetProperty("title").GetString()!, blocks);
        var result = TextCleaner.Clean(File.ReadAllText(Path.Combine(Documents, "variants", variant + ".txt")));
        return (truth, result.Text);
    }

    /// <summary>The pairs of truth and cleaned blocks whose texts match, in order (a longest common subsequence).</summary>
    private static List<(Block Truth, Block Clean)> Aligned(List<Block> truth, IReadOnlyList<Block> clean)
    {
        var (a, b) = (truth.Select(t => Normalize(t.Text)).ToArray(), clean.Select(c => Normalize(c.Text)).ToArray());
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var pairs = new List<(Block, Block)>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j]) { pairs.Add((truth[i], clean[j])); i++; j++; }
            else if (lengths[i + 1, j] >= lengths[i, j + 1]) i++;
            else j++;
        }
        return pairs;
    }

    /// <summary>As the project's scorer normalises: spacing, soft hyphens, quotes, hyphens, dashes, ligatures, a leading bullet.</summary>
    private static string Normalize(string text)
    {
        var s = text.Replace("\u00AD", "");
        s = Regex.Replace(s, @"[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]", " ").Trim();
        s = Regex.Replace(s, @"^[\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u25A0\u25A1\u2023\u2043\u00B7\u2219\u2013\u2014]\s+", "");
        s = Regex.Replace(s, "[\u2018\u2019\u02BC\u2032\u201B]", "'");
        s = Regex.Replace(s, "[\u201C\u201D\u2033\u201F]", "\"");
        s = s.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2212', '-');
        s = Regex.Replace(s, @"\s*(\u2014|\u2013|--)\s*", " -- ");
        s = s.Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB00", "ff").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl").Replace("\u2026", "...");
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}
