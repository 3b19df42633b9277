using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lectern.Cli.Serving;

/// <summary>
/// Adds the preview's reload script and stylesheet (external files, no inline code) to every HTML
/// response of <c>lectern serve</c>, streaming (<see cref="ReloadTagStream"/>). The files on disk are never changed.
/// </summary>
public static class ReloadScriptInjector
{
    public const string Tags =
        $"<link rel=\"stylesheet\" href=\"{LiveReload.StylesheetPath}\"><script src=\"{LiveReload.ScriptPath}\" defer></script>";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        // A range is of the file on disk (its Content-Range counts the file's bytes), so it is served as it is.
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.StartsWithSegments(LiveReload.Prefix)
            || request.Headers.ContainsKey(HeaderNames.Range))
        {
            await next();
            return;
        }

        var response = context.Response;
        response.OnStarting(() =>
        {
            // HEAD announces the length GET sends: the page and the tags.
            if (IsPage(response) && response.ContentLength is { } length) response.ContentLength = length + ReloadTagStream.TagBytes.Length;
            return Task.CompletedTask;
        });
        var original = response.Body;
        var tagged = new ReloadTagStream(original, () => IsPage(response));
        response.Body = tagged;
        try
        {
            await next();
            if (HttpMethods.IsGet(request.Method)) await tagged.FinishAsync(context.RequestAborted);
        }
        finally
        {
            response.Body = original;
        }
    }

    /// <summary>An HTML page of the site or its not-found page; not a 304 or other answer without a page.</summary>
    private static bool IsPage(HttpResponse response) =>
        response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status404NotFound
        && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
}
