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
    private static string Documents => DocumentTruth.Folder;

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
    [InlineData("kcna-speech-243")]
    [InlineData("kcna-speech-247")]
    [InlineData("kcna-speech-273")]
    [InlineData("kcna-speech-282")]
    [InlineData("kcna-statement-124")]
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
        Assert.True(exact >= 0.97 * total, summary);
        Assert.True(headingsRight >= 0.99 * headings, summary);
        Assert.True(itemsRight >= 0.975 * items, summary);
        Assert.True(titles >= 29, summary);
    }

    private static (Truth Truth, CleanText Clean) Clean(string variant)
    {
        var truth = DocumentTruth.Load(Regex.Replace(variant, @"-\d+$", ""));
        var result = TextCleaner.Clean(File.ReadAllText(Path.Combine(Documents, "variants", variant + ".txt")));
        return (truth, result.Text);
    }

    private static List<(Block Truth, Block Clean)> Aligned(List<Block> truth, IReadOnlyList<Block> clean) => DocumentTruth.Aligned(truth, clean);

    private static string Normalize(string text) => DocumentTruth.Normalize(text);
}
