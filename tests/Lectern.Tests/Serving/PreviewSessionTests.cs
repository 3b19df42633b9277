using System.Diagnostics;
using Lectern.Cli.Commands;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

/// <summary><c>lectern serve</c> in process: rebuilds on content changes, reloads pages, keeps the last good site on errors.</summary>
public class PreviewSessionTests
{
    // A bound on waiting for the watcher and the rebuild, not a speed requirement.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task<string> Until(Func<Task<string?>> probe, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("gave up waiting for " + what);
    }

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

        var after = await Until(async () =>
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
        await Until(() => Task.FromResult(preview.Live.ClientCount > 0 ? "" : null), "the page to listen");

        File.WriteAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "date: 2021-06-30\nsource:\n  title: [unclosed\n");

        using var limit = new CancellationTokenSource(Patience);
        string? line;
        while ((line = await events.ReadLineAsync(limit.Token)) is not null && line != "event: build-error") { }
        Assert.Equal("event: build-error", line);
        var data = await events.ReadLineAsync(limit.Token);
        Assert.Matches(@"^data: \{""diagnostics"":\[.*reading\.yml:\d+:\d+: error LEC00\d", data);

        Assert.Contains("reading.yml", stderr.ToString());
        Assert.Equal(good, await http.GetStringAsync(pageUrl));
    }
}
