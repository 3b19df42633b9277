using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Link;

namespace Lectern.Tests.Links;

/// <summary>The concordance the Link stage builds from every reading's term occurrences.</summary>
public class LinkStageTests
{
    private static Reading Reading(string slug, string date, params (string Entry, int Paragraph)[] terms) => new()
    {
        Slug = slug,
        SourcePath = slug + "/source.txt",
        SourceText = "",
        MetadataPath = slug + "/reading.yml",
        Metadata = new ReadingMetadata { Title = slug, Date = date },
        Enrichment = new EnrichResult([], terms.Select(t => new TermOccurrence(t.Entry, t.Paragraph)).ToList(), []),
    };

    [Fact]
    public void Each_entry_lists_the_readings_newest_first_with_their_paragraphs_in_order_once_each()
    {
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty,
        [
            Reading("older", "2021-01-01", ("wpk", 5), ("cadres", 2), ("wpk", 2), ("wpk", 5)),
            Reading("newer", "2021-06-30", ("cadres", 9), ("cadres", 1), ("cadres", 9)),
            Reading("middle", "2021-03-01", ("other", 1)),
        ]);

        var index = LinkStage.Execute(site);

        Assert.Equal(["newer", "middle", "older"], index.ReadingsInOrder.Select(r => r.Slug));
        var cadres = index.Concordance["cadres"];
        Assert.Equal(["newer", "older"], cadres.Select(c => c.Slug));
        Assert.Equal([1, 9], cadres[0].Paragraphs);
        Assert.Equal([2], cadres[1].Paragraphs);
        Assert.Equal([2, 5], Assert.Single(index.Concordance["wpk"]).Paragraphs);
        Assert.Equal(["cadres", "other", "wpk"], index.Concordance.Keys.Order());
    }
}
