using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lectern.Cli.Serving;

/// <summary>
/// The preview's reload channel: a Server-Sent Events endpoint that tells open pages to reload after a
/// rebuild, or to show the build's errors, plus the small script and stylesheet that listen to it.
/// Only <c>lectern serve</c> uses it; nothing of it is in the built site.
/// </summary>
public sealed class LiveReload
{
    public const string Prefix = "/__lectern";
    public const string EventsPath = Prefix + "/events";
    public const string ScriptPath = Prefix + "/reload.js";
    public const string StylesheetPath = Prefix + "/reload.css";

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private string? _lastError;

    /// <summary>How many pages are listening now.</summary>
    public int ClientCount => _clients.Count;

    /// <summary>Tells every open page to reload (the site was rebuilt).</summary>
    public void Reload()
    {
        _lastError = null;
        Broadcast(Message("reload", "{}"));
    }

    /// <summary>Shows the build's errors over every open page (and pages opened later) until the next good build.</summary>
    public void BuildFailed(IEnumerable<string> diagnostics)
    {
        var message = Message("build-error", JsonSerializer.Serialize(new BuildErrorJson(diagnostics.ToList()), CliJson.Default.BuildErrorJson));
        _lastError = message;
        Broadcast(message);
    }

    /// <summary>Ends every open event stream, so the server can stop without waiting for them.</summary>
    public void Close()
    {
        foreach (var client in _clients.Keys) client.Writer.TryComplete();
    }

    /// <summary>Adds the event stream and the script and stylesheet under <see cref="Prefix"/>, and the script to every HTML page.</summary>
    public void Map(IApplicationBuilder app)
    {
        app.Map(EventsPath, events => events.Run(Events));
        app.Map(ScriptPath, script => script.Run(context => File(context, "reload.js", "text/javascript; charset=utf-8")));
        app.Map(StylesheetPath, css => css.Run(context => File(context, "reload.css", "text/css; charset=utf-8")));
        app.Use(ReloadScriptInjector.InvokeAsync);
    }

    private static Task File(HttpContext context, string name, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(Resource(name), context.RequestAborted);
    }

    private async Task Events(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        _clients.TryAdd(channel, 0);
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            if (_lastError is { } error) await context.Response.WriteAsync(error, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    private void Broadcast(string message)
    {
        foreach (var client in _clients.Keys) client.Writer.TryWrite(message);
    }

    private static string Message(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lectern.Cli.Serving." + name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
