using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Tests.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Anchors;

/// <summary>
/// A document's own headings have ids made from their words; <c>anchors.lock</c> records them beside the paragraph
/// ids, so that editing a heading's words cannot silently break the links to it.
/// </summary>
public class HeadingAnchorTests
{
    private const string Slug = "memo";

    private static readonly string Memo = string.Join("\n", ["Open Data Policy", "", "I. Definitions", "", .. BlockRuleTests.Filler[..8],
        "", "II. Scope", "", .. BlockRuleTests.Filler[8..]]) + "\n";

    private static TempSite SiteWithMemo()
    {
        var site = new TempSite();
        var source = Path.Combine(site.Root, "memo.txt");
        File.WriteAllText(source, Memo);
        var (exit, _, errors) = CliRunner.Run("add", source, "--slug", Slug, "--content", site.Content);
        Assert.True(exit == 0, errors);
        return site;
    }

    [Fact]
    public void Accept_records_each_heading_by_the_id_its_page_gives_it()
    {
        using var site = SiteWithMemo();

        var locked = File.ReadAllLines(Path.Combine(site.ReadingDir(Slug), "anchors.lock")).Where(l => !l.StartsWith('#')).ToList();
        var build = BuildPipeline.Run(site.Options());

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.File.EndsWith(Path.Combine(Slug, "anchors.lock"), StringComparison.Ordinal));
        Assert.Equal(["i-definitions\tI. Definitions", "p-1", "ii-scope\tII. Scope", "p-2"], locked.Select(l => l.StartsWith("p-", StringComparison.Ordinal) ? l[..l.IndexOf('\t')] : l));
        var page = Html.Load(Path.Combine(site.Output, Slug, "index.html"));
        Assert.Equal(["i-definitions", "ii-scope"], page.QuerySelectorAll(".reading-body h2, .reading-body h3").Select(h => h.Id));
    }

    [Fact]
    public void A_heading_whose_words_change_is_an_error_at_its_lock_line_until_accepted()
    {
        using var site = SiteWithMemo();
        var sourcePath = Path.Combine(site.ReadingDir(Slug), "source.txt");
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        var before = TempSite.Snapshot(site.Output);
        File.WriteAllText(sourcePath, Memo.Replace("II. Scope", "II. Application", StringComparison.Ordinal));

        var build = BuildPipeline.Run(site.Options());

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.AnchorMoved, 6, 10), (error.Code, error.Line, error.Column));
        Assert.Contains("heading id 'ii-scope' is published pointing at \"II. Scope\", but no heading of the document has that id now", error.Message);
        Assert.Equal(before, TempSite.Snapshot(site.Output));

        Assert.Equal(0, CliRunner.Run("anchors", "--accept", "--content", site.Content).Exit);
        var accepted = BuildPipeline.Run(site.Options());
        Assert.True(accepted.Succeeded, string.Join("\n", accepted.Diagnostics));
        Assert.Contains("ii-application", File.ReadAllText(Path.Combine(site.Output, Slug, "index.html")));
    }

    [Fact]
    public void A_heading_not_yet_locked_is_a_warning_naming_its_id()
    {
        using var site = SiteWithMemo();
        var lockPath = Path.Combine(site.ReadingDir(Slug), "anchors.lock");
        File.WriteAllLines(lockPath, File.ReadAllLines(lockPath).Where(l => !l.StartsWith("ii-scope", StringComparison.Ordinal)));

        var build = BuildPipeline.Run(site.Options());

        Assert.True(build.Succeeded);
        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCodes.AnchorNotLocked);
        Assert.StartsWith("ii-scope is not in anchors.lock yet", warning.Message);
    }
}
