using System.Text;
using Microsoft.AspNetCore.Http;

namespace Lectern.Cli.Serving;

/// <summary>
/// Adds the preview's reload script and stylesheet (external files, no inline code) to every HTML
/// response of <c>lectern serve</c>. The files on disk are never changed.
/// </summary>
public static class ReloadScriptInjector
{
    public const string Tags =
        $"<link rel=\"stylesheet\" href=\"{LiveReload.StylesheetPath}\"><script src=\"{LiveReload.ScriptPath}\" defer></script>";

    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path.StartsWithSegments(LiveReload.Prefix))
        {
            await next();
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.ToArray();
        if (body.Length > 0 && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            body = Encoding.UTF8.GetBytes(Inject(Encoding.UTF8.GetString(body)));
        if (body.Length > 0) context.Response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }

    public static string Inject(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + Tags : html.Insert(head, Tags);
    }
}
