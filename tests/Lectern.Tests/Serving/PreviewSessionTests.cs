using Lectern.Cli.Commands;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

/// <summary><c>lectern serve</c> in process: rebuilds on content changes, reloads pages, keeps the last good site on errors.</summary>
public class PreviewSessionTests
{
    private static async Task<(PreviewSession, StringWriter)> StartAsync(TempSite site)
    {
        var options = site.Options("/lectern-demo/");
        var stderr = new ThreadSafeStringWriter();
        Assert.Equal(0, BuildCommand.Run(options, new StringWriter(), stderr));
        return (await PreviewSession.StartAsync(options, "127.0.0.1", 0, new ThreadSafeStringWriter(), stderr), stderr);
    }

    [Fact]
    public async Task Editing_a_content_file_changes_the_served_page()
    {
        using var site = new TempSite();
        var (preview, _) = await StartAsync(site);
        await using var _preview = preview;
        using var http = new HttpClient();
        var pageUrl = preview.Url + RepoPaths.SeedSlug + "/";

        var before = await http.GetStringAsync(pageUrl);
        Assert.DoesNotContain("An edited title", before);

        File.AppendAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "\ntitle: An edited title\n");

        var after = await Eventually.Until(async () =>
        {
            var html = await http.GetStringAsync(pageUrl);
            return html.Contains("<h1>An edited title</h1>", StringComparison.Ordinal) ? html : null;
        }, "the edited title to be served");
        Assert.Contains(ReloadScriptInjector.Tags, after);
        Assert.DoesNotContain("__lectern", File.ReadAllText(Path.Combine(site.Output, RepoPaths.SeedSlug, "index.html")));
    }

    [Fact]
    public async Task A_content_error_is_sent_to_open_pages_and_the_last_good_site_stays_served()
    {
        using var site = new TempSite();
        var (preview, stderr) = await StartAsync(site);
        await using var _preview = preview;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var pageUrl = preview.Url + RepoPaths.SeedSlug + "/";
        var good = await http.GetStringAsync(pageUrl);

        using var events = new StreamReader(await http.GetStreamAsync(new Uri(new Uri(preview.Url), LiveReload.EventsPath)));
        await Eventually.Until(() => Task.FromResult(preview.Live.ClientCount > 0 ? "" : null), "the page to listen");

        File.WriteAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "date: 2021-06-30\nsource:\n  title: [unclosed\n");

        var data = await Eventually.NextEvent(events, "build-error");
        Assert.Matches(@"^data: \{""diagnostics"":\[.*reading\.yml:\d+:\d+: error LEC00\d", data);
        Assert.Contains("reading.yml", stderr.ToString());
        Assert.Equal(good, await http.GetStringAsync(pageUrl));
    }

    [Fact]
    public async Task After_the_content_folder_is_deleted_and_made_again_edits_are_seen()
    {
        using var site = new TempSite();
        var (preview, _) = await StartAsync(site);
        await using var _preview = preview;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var pageUrl = preview.Url + RepoPaths.SeedSlug + "/";
        using var events = new StreamReader(await http.GetStreamAsync(new Uri(new Uri(preview.Url), LiveReload.EventsPath)));
        await Eventually.Until(() => Task.FromResult(preview.Live.ClientCount > 0 ? "" : null), "the page to listen");

        // As a checkout of another branch, or "rm -r content && cp -r backup content", does.
        var backup = Path.Combine(site.Root, "content-backup");
        TempSite.CopyDirectory(site.Content, backup);
        Directory.Delete(site.Content, recursive: true);
        await Eventually.NextEvent(events, "build-error");
        TempSite.CopyDirectory(backup, site.Content);
        await Eventually.NextEvent(events, "reload");

        File.AppendAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "\ntitle: Edited after the folder came back\n");

        await Eventually.Until(async () =>
        {
            var html = await http.GetStringAsync(pageUrl);
            return html.Contains("<h1>Edited after the folder came back</h1>", StringComparison.Ordinal) ? html : null;
        }, "the edit in the new content folder to be served");
    }
}
