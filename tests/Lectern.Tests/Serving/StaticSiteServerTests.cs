using System.Net;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

public class StaticSiteServerTests
{
    [Fact]
    public async Task The_root_redirects_to_the_base_path_and_built_pages_are_served_without_the_reload_script()
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "<html><head></head><body>home</body></html>");
        await using var server = await StaticSiteServer.StartAsync(site.Output, "/sub/");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var origin = new Uri(server.Url);

        using var root = await http.GetAsync(new Uri(origin, "/"));
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/sub/", root.Headers.Location?.OriginalString);

        var home = await http.GetStringAsync(server.Url);
        Assert.Equal("<html><head></head><body>home</body></html>", home);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(origin, LiveReload.ScriptPath))).StatusCode);
    }

    [Fact]
    public async Task In_preview_html_gets_the_external_reload_script_and_it_is_served()
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "<html><head><title>t</title></head><body>home</body></html>");
        await using var server = await StaticSiteServer.StartAsync(site.Output, "/", live: new LiveReload());
        using var http = new HttpClient();
        var origin = new Uri(server.Url);

        var home = await http.GetStringAsync(server.Url);
        Assert.Equal("<html><head><title>t</title>" + ReloadScriptInjector.Tags + "</head><body>home</body></html>", home);
        using var script = await http.GetAsync(new Uri(origin, LiveReload.ScriptPath));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        using var css = await http.GetAsync(new Uri(origin, LiveReload.StylesheetPath));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }


    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("//evil.example/")]
    public async Task A_base_path_that_would_redirect_to_another_origin_is_refused(string basePath)
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        await Assert.ThrowsAsync<ArgumentException>(async () => await (await StaticSiteServer.StartAsync(site.Output, basePath)).DisposeAsync());
    }
}
