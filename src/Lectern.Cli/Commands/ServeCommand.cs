using System.CommandLine;
using Lectern.Cli.Serving;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;

namespace Lectern.Cli.Commands;

/// <summary>
/// <c>lectern serve</c>: builds the site, serves it on 127.0.0.1 under its base path, and rebuilds it
/// when <c>content/</c> or the themes change, reloading open pages.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new SiteOptions();
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        OptionChecks.Host(host);
        OptionChecks.Port(port);
        var command = new Command("serve", "Build the site, serve it for preview and rebuild it on changes");
        options.AddTo(command);
        command.Options.Add(host);
        command.Options.Add(port);
        command.SetAction((parse, cancel) => RunAsync(options.Read(parse), parse.GetValue(host)!, parse.GetValue(port), stdout, stderr, cancel));
        return command;
    }

    /// <summary>Builds, then serves and rebuilds until <paramref name="cancel"/> fires; prints the address as <c>Serving DIR at URL;</c>.</summary>
    public static async Task<int> RunAsync(BuildOptions build, string host, int port, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var (listen, error) = await ListenHost.ResolveAsync(host);
        if (listen is null || error is not null)
        {
            stderr.WriteLine($"lectern: {DiagnosticText.Printable(error!)}");
            return CommandLine.UsageError;
        }
        if (listen.Warning is { } warning) stderr.WriteLine($"lectern: warning: {warning}");

        // Kept for the life of the preview: a rebuild makes again only what the change touched.
        var memory = new BuildMemory();
        var first = BuildCommand.Execute(build, stdout, stderr, showProgress: true, memory);
        // With errors but an earlier build on disk, serve that one and show the errors on it; but never a
        // folder the build refused as not its own output (the content folder, a clone).
        if (!first.Succeeded && (!Directory.Exists(build.OutputDir) || first.Diagnostics.Any(IsOutputRefused))) return CommandLine.ContentErrors;

        await using var preview = await PreviewSession.StartAsync(build, memory, listen.UrlHost, port, stdout, stderr, cancel);
        if (!first.Succeeded) preview.Live.BuildFailed(DiagnosticLines.Capped(first.Diagnostics));
        stdout.WriteLine($"Serving {build.OutputDir} at {preview.Url}; watching for changes (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, cancel); }
        catch (OperationCanceledException) { }
        return CommandLine.Success;
    }

    private static bool IsOutputRefused(Diagnostic d) => d.Code is DiagnosticCodes.OutputNotLectern or DiagnosticCodes.OutputOverlapsSource;
}
