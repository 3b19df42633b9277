using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>
/// One browser context and its page, recording what a reader would never want to see: console errors,
/// uncaught exceptions, failed requests and requests that leave the site's origin.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private readonly string _origin;

    private BrowserSession(IBrowserContext context, IPage page, string origin)
    {
        Context = context;
        Page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsTheExpected404(page, message)) Record($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record("uncaught: " + error);
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
        page.RequestFailed += (_, request) => Record($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            // Navigations are checked by GotoAsync (the 404 page answers 404); everything else must succeed.
            if (response.Status >= 400 && !response.Request.IsNavigationRequest) Record($"HTTP {response.Status}: {response.Url}");
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    public IReadOnlyList<string> Problems { get { lock (_problems) return _problems.ToList(); } }
    public IReadOnlyList<string> Requests { get { lock (_requests) return _requests.ToList(); } }

    /// <summary>Requests to anything but the site's own origin (data: and blob: URLs are local).</summary>
    public IReadOnlyList<string> ForeignRequests => Requests
        .Where(u => !u.StartsWith(_origin + "/", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal))
        .ToList();

    public static async Task<BrowserSession> StartAsync(IBrowser browser, string origin, BrowserNewContextOptions? options)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, origin);
    }

    /// <summary>Loads a page and checks its status: 200, or 404 for the site's missing-page address.</summary>
    public async Task GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        var expected = url.Contains(SiteFixture.MissingPath, StringComparison.Ordinal) ? 404 : 200;
        Assert.True(response is null || response.Status == expected, $"{url} answered {response?.Status}, not {expected}");
    }

    /// <summary>Fails with every console error, failed request and foreign request seen so far.</summary>
    public void AssertHealthy()
    {
        var report = Problems.Concat(ForeignRequests.Select(url => "request to another origin: " + url)).ToList();
        Assert.True(report.Count == 0, "The page reported problems:\n" + string.Join("\n", report));
    }

    /// <summary>The 404 page answers 404 on purpose; Chromium logs that as a failed load of the page itself.</summary>
    private static bool IsTheExpected404(IPage page, IConsoleMessage message) =>
        page.Url.Contains(SiteFixture.MissingPath, StringComparison.Ordinal)
        && message.Location.StartsWith(page.Url + ":", StringComparison.Ordinal)
        && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal);

    private void Record(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
