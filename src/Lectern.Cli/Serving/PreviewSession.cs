using Lectern.Links;
using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;
using Lectern.Stages.Load;

namespace Lectern.Cli.Serving;

/// <summary>
/// <c>lectern serve</c> after its first build: the server with live reload, the rebuilder and the
/// watcher over <c>content/</c> and the theme folder.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly StaticSiteServer _server;
    private readonly LiveReload _live;
    private readonly SiteRebuilder _rebuilder;
    private readonly ContentWatcher _watcher;

    private PreviewSession(StaticSiteServer server, LiveReload live, SiteRebuilder rebuilder, ContentWatcher watcher)
    {
        _server = server;
        _live = live;
        _rebuilder = rebuilder;
        _watcher = watcher;
    }

    public string Url => _server.Url;

    public LiveReload Live => _live;

    public static Task<PreviewSession> StartAsync(BuildOptions options, string host, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default) =>
        StartAsync(options, new BuildMemory(), host, port, stdout, stderr, cancel);

    /// <summary>Serves the output and rebuilds it on changes, using and updating <paramref name="memory"/>, which the first build filled.</summary>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, BuildMemory memory, string host, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var basePath = LinkBuilder.NormalizeBasePath(options.BasePath ?? LoadStage.ReadBasePath(options.ContentDir));
        var live = new LiveReload();
        var server = await StaticSiteServer.StartAsync(options.OutputDir, basePath, host, port, live, cancel);
        var rebuilder = new SiteRebuilder(options, memory, live, stdout, stderr);
        var watcher = new ContentWatcher([options.ContentDir, options.ResolveThemesDir()], rebuilder.Request);
        return new PreviewSession(server, live, rebuilder, watcher);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _rebuilder.DisposeAsync();
        _live.Close();
        await _server.DisposeAsync();
    }
}
