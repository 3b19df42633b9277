using System.ServiceModel.Syndication;
using System.Xml;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Publishing;

/// <summary><c>feed.xml</c> as a feed reader sees it: every reading, newest first, and a link to it from every page.</summary>
public class AtomFeedTests
{
    /// <summary>The seed plus two copies with other dates (one without any), so the order and the undated case show.</summary>
    private static TempSite Library()
    {
        var site = new TempSite();
        AddCopy(site, "older-report", "2020-01-15", "An older report.");
        AddCopy(site, "undated-report", null, null);
        return site;
    }

    private static void AddCopy(TempSite site, string slug, string? date, string? summary)
    {
        var dir = site.ReadingDir(slug);
        TempSite.CopyDirectory(site.ReadingDir(), dir);
        // Only the fields the feed shows: the copy's notes and outline are the seed's and need not be repeated.
        var yml = new[] { $"title: Copy {slug}" }
            .Concat(date is null ? [] : [$"date: {date}"])
            .Concat(summary is null ? [] : [$"summary: {summary}"]);
        File.WriteAllLines(Path.Combine(dir, "reading.yml"), yml);
    }

    [Fact]
    public void The_feed_parses_as_atom_and_lists_every_reading_newest_first_with_title_date_summary_and_link()
    {
        using var site = Library();
        var result = BuildPipeline.Run(site.Options("/lectern-demo/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        var items = feed.Items.ToList();
        Assert.Equal(result.Site!.Readings.Count, items.Count);
        Assert.Equal(["https://example.github.io/lectern-demo/" + RepoPaths.SeedSlug + "/", "https://example.github.io/lectern-demo/older-report/", "https://example.github.io/lectern-demo/undated-report/"],
            items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString()));
        Assert.Equal("Copy older-report", items[1].Title.Text);
        Assert.Equal("An older report.", items[1].Summary.Text);
        Assert.Equal(new DateTimeOffset(2020, 1, 15, 0, 0, 0, TimeSpan.Zero), items[1].PublishDate);
        Assert.False(string.IsNullOrWhiteSpace(items[0].Summary?.Text));
        Assert.True(items[0].PublishDate > items[1].PublishDate);
        Assert.Equal(items[0].PublishDate, feed.LastUpdatedTime);

        foreach (var page in new[] { "index.html", Path.Combine(RepoPaths.SeedSlug, "index.html"), Path.Combine("glossary", "index.html"), "404.html" })
        {
            var link = Html.Load(Path.Combine(site.Output, page)).QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.Equal("/lectern-demo/feed.xml", link?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Without_a_base_url_there_is_no_feed_and_no_page_links_to_one()
    {
        using var site = new TempSite();
        var siteYml = Path.Combine(site.Content, "site.yml");
        File.WriteAllLines(siteYml, File.ReadAllLines(siteYml).Where(l => !l.StartsWith("baseUrl:", StringComparison.Ordinal)));
        var result = BuildPipeline.Run(site.Options("/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.False(File.Exists(Path.Combine(site.Output, "feed.xml")));
        Assert.Null(Html.Load(Path.Combine(site.Output, "index.html")).QuerySelector("link[type='application/atom+xml']"));
    }
}
