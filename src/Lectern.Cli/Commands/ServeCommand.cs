using System.CommandLine;
using Lectern.Cli.Serving;

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
        var command = new Command("serve", "Build the site, serve it for preview and rebuild it on changes");
        options.AddTo(command);
        command.Options.Add(host);
        command.Options.Add(port);
        command.SetAction(async (parse, cancel) =>
        {
            var build = options.Read(parse);
            var code = BuildCommand.Run(build, stdout, stderr);
            if (code != CommandLine.Success) return code;

            await using var preview = await PreviewSession.StartAsync(build, parse.GetValue(host)!, parse.GetValue(port), stdout, stderr, cancel);
            stdout.WriteLine($"Serving {build.OutputDir} at {preview.Url}; watching for changes (Ctrl+C to stop)");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            return CommandLine.Success;
        });
        return command;
    }
}
