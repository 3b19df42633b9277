using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

/// <summary>The preview's answers to requests a browser or a tool may send: odd paths, ranges, HEAD.</summary>
public class PreviewResponseTests
{
    private const string Page = "<html><head><title>t</title></head><body>home</body></html>";

    private static async Task<(TempSite Site, StaticSiteServer Server)> ServeAsync()
    {
        var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "index.html"), Page);
        File.WriteAllText(Path.Combine(site.Output, "robots.txt"), "User-agent: *\n");
        File.WriteAllText(Path.Combine(site.Output, "404.html"), "<html><head></head><body>not found</body></html>");
        return (site, await StaticSiteServer.StartAsync(site.Output, "/", live: new LiveReload()));
    }

    [Theory]
    [InlineData("robots.txt/")]
    [InlineData("index.html/")]
    [InlineData("robots.txt/x")]
    public async Task A_file_asked_for_as_a_folder_is_not_found(string path)
    {
        var (site, server) = await ServeAsync();
        using var _ = site;
        await using var __ = server;
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.Url + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_range_of_an_html_page_is_the_file_s_bytes_with_a_matching_content_range()
    {
        var (site, server) = await ServeAsync();
        using var _ = site;
        await using var __ = server;
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url);
        request.Headers.Range = new RangeHeaderValue(6, 25);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(Page[6..26], await response.Content.ReadAsStringAsync());
        Assert.Equal($"bytes 6-25/{Page.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(20, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Head_gives_the_length_get_sends()
    {
        var (site, server) = await ServeAsync();
        using var _ = site;
        await using var __ = server;
        using var http = new HttpClient();

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, server.Url));
        var body = await http.GetByteArrayAsync(server.Url);

        Assert.Equal(Encoding.UTF8.GetByteCount(Page) + Encoding.UTF8.GetByteCount(ReloadScriptInjector.Tags), body.Length);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
    }
}
