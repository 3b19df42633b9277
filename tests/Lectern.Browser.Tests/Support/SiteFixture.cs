using Lectern.Cli.Serving;
using Lectern.Pipeline;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "served seed site";
}

/// <summary>
/// Builds the seed site once (with the test readings of Content/ beside the seed reading), under a base path, serves it from Kestrel on 127.0.0.1 and starts one Chromium
/// for the whole run. Tests open a fresh context each (<see cref="OpenAsync"/>).
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string BasePath = "/lectern-demo/";

    /// <summary>A path below the base path where no page exists: the server answers with the site's 404 page.</summary>
    public const string MissingPath = "no/such/page/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "lectern-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public string Output => Path.Combine(_root, "_site");
    public BuildResult Build { get; private set; } = null!;
    public IBrowser? Browser { get; private set; }

    /// <summary>The site's root URL, base path included.</summary>
    public string Url => _server!.Url;

    /// <summary>The origin every request must go to (scheme, host and port).</summary>
    public string Origin => new Uri(Url).GetLeftPart(UriPartial.Authority);

    public string ReadingUrl => Url + RepoPaths.SeedSlug + "/";

    /// <summary>The reading with the document's own headings and lists.</summary>
    public string StructuredReadingUrl => Url + RepoPaths.StructuredSlug + "/";
    public string GlossaryUrl => Url + "glossary/";

    /// <summary>Every HTML page the build wrote, as paths relative to the output folder.</summary>
    public IReadOnlyList<string> Pages => Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The URL of every built page as a reader reaches it: <c>x/index.html</c> as <c>x/</c>, and the 404 page
    /// at a path that does not exist (so its links must work from any depth).
    /// </summary>
    public IReadOnlyList<string> PageUrls => Pages.Select(p => p == "404.html" ? Url + MissingPath : UrlOf(p)).ToList();

    /// <summary>The URL a built page is served at (<c>x/index.html</c> as <c>x/</c>).</summary>
    public string UrlOf(string page) => Url + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_root, "content");
        var themes = Path.Combine(_root, "themes");
        CopyDirectory(RepoPaths.Content, content);
        foreach (var reading in Directory.GetDirectories(RepoPaths.TestReadings))
            CopyDirectory(reading, Path.Combine(content, "readings", Path.GetFileName(reading)));
        CopyDirectory(RepoPaths.Themes, themes);
        Build = BuildPipeline.Run(new BuildOptions { ContentDir = content, ThemesDir = themes, OutputDir = Output, BasePath = BasePath });
        if (!Build.Succeeded)
            throw new InvalidOperationException("The seed site did not build:\n" + string.Join("\n", Build.Diagnostics));

        _server = await StaticSiteServer.StartAsync(Output, BasePath);
        if (!Chromium.IsInstalled) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh context and page, watched for console errors and foreign requests. Skips when Chromium is missing.</summary>
    public async Task<BrowserSession> OpenAsync(string url, BrowserNewContextOptions? options = null)
    {
        Requirement.Met(Browser is not null, Chromium.MissingMessage);
        var session = await BrowserSession.StartAsync(Browser!, Origin, options);
        if (url.Length > 0) await session.GotoAsync(url);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
