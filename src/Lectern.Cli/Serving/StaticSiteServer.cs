using System.Net;
using Lectern.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Lectern.Cli.Serving;

/// <summary>
/// Serves a built site from a folder under its base path with Kestrel, as GitHub Pages would; with a
/// <see cref="LiveReload"/> (the preview), open pages also reload after each rebuild.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The site's root URL, base path included, e.g. <c>http://127.0.0.1:5123/lectern/</c>.</summary>
    public string Url { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath, string host = "127.0.0.1", int port = 0, LiveReload? live = null, CancellationToken cancel = default)
    {
        // The root redirects to the base path: anything but a path of this site would make it an open redirect.
        if (BasePathRule.Problem(basePath) is { } problem) throw new ArgumentException($"'{basePath}' is not a base path: {problem}", nameof(basePath));
        // Kestrel listens on every interface for a name (but localhost): the caller resolves names (ListenHost).
        if (!IPAddress.TryParse(host.Trim('[', ']'), out _)) throw new ArgumentException($"'{host}' is not an IP address", nameof(host));
        var root = Path.GetFullPath(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        var app = builder.Build();

        var files = new SiteFileProvider(new ContainedFileProvider(root));
        var requestPath = basePath == "/" ? PathString.Empty : new PathString(basePath.TrimEnd('/'));
        if (requestPath.HasValue)
            app.MapWhen(context => context.Request.Path == "/", root => root.Run(context =>
            {
                context.Response.Redirect(basePath);
                return Task.CompletedTask;
            }));
        live?.Map(app);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ServeUnknownFileTypes = true,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(async context =>
        {
            // Like GitHub Pages: unknown paths get the site's 404 page.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/') + basePath);
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".jsonld"] = "application/ld+json";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
