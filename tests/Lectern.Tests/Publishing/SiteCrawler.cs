using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Publishing;

/// <summary>
/// Follows every same-origin <c>href</c>, <c>src</c> and form <c>action</c> (and CSS <c>url()</c>) from the start pages,
/// and reports every link that does not answer 200 or whose fragment is not an id in its target page.
/// </summary>
public sealed partial class SiteCrawler(HttpClient http)
{
    private readonly Dictionary<Uri, (HttpStatusCode Status, IDocument? Page)> _fetched = [];
    public List<string> Broken { get; } = [];

    /// <summary>Every URL fetched, fragments removed.</summary>
    public IReadOnlyCollection<Uri> Visited => _fetched.Keys;

    /// <summary>Serves <paramref name="folder"/> under <paramref name="basePath"/> and crawls it from <paramref name="start"/> (relative to the base path).</summary>
    public static async Task<SiteCrawler> CrawlServedAsync(string folder, string basePath, string start = "")
    {
        await using var server = await StaticSiteServer.StartAsync(folder, basePath);
        using var http = NoRedirects();
        var crawler = new SiteCrawler(http);
        await crawler.CrawlAsync(new Uri(new Uri(server.Url), start));
        return crawler;
    }

    /// <summary>Links must name the page itself, not an address that redirects to it.</summary>
    public static HttpClient NoRedirects() => new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task CrawlAsync(params Uri[] starts)
    {
        var queue = new Queue<(Uri Url, Uri? From)>(starts.Select(s => (s, (Uri?)null)));
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            var target = WithoutFragment(url);
            var isStart = from is null;
            var known = _fetched.ContainsKey(target);
            var (status, page) = known ? _fetched[target] : await FetchAsync(target, queue);
            if (!isStart && status != HttpStatusCode.OK) Broken.Add($"{from} -> {url}: {(int)status}");
            else if (url.Fragment.Length > 1 && page is not null && page.GetElementById(Uri.UnescapeDataString(url.Fragment[1..])) is null)
                Broken.Add($"{from} -> {url}: no element with id '{url.Fragment[1..]}'");
        }
    }

    private async Task<(HttpStatusCode, IDocument?)> FetchAsync(Uri url, Queue<(Uri, Uri?)> queue)
    {
        using var response = await http.GetAsync(url);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = await response.Content.ReadAsStringAsync();
        IDocument? page = null;
        IEnumerable<string> links = [];
        if (type == "text/html")
        {
            page = Html.Parse(body);
            links = page.QuerySelectorAll("[href], [src], form[action]")
                .Where(e => e.GetAttribute("rel") != "canonical")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!);
        }
        else if (type == "text/css")
        {
            links = CssUrl().Matches(body).Select(m => m.Groups[1].Value);
        }
        _fetched[url] = (response.StatusCode, page);

        foreach (var link in links)
        {
            if (link.StartsWith('#'))
            {
                // A link within the page itself (this also covers the 404 page, which answers 404).
                if (link.Length > 1 && page?.GetElementById(Uri.UnescapeDataString(link[1..])) is null) Broken.Add($"{url} -> {link}: no such id");
                continue;
            }
            if (!Uri.TryCreate(url, link, out var next)) { Broken.Add($"{url} -> {link}: not a URL"); continue; }
            if (next.Scheme is "http" or "https" && next.Authority == url.Authority) queue.Enqueue((next, url));
        }
        return (response.StatusCode, page);
    }

    private static Uri WithoutFragment(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    [GeneratedRegex(@"url\(\s*['""]?([^'""\)]+)['""]?\s*\)")]
    private static partial Regex CssUrl();
}
