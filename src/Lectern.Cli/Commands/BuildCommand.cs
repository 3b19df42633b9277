using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;

namespace Lectern.Cli.Commands;

/// <summary><c>lectern build</c>: builds the site; on any content error prints them all and leaves the output untouched.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new SiteOptions();
        var command = new Command("build", "Build the static site from the content folder");
        options.AddTo(command);
        command.SetAction(parse => Run(options.Read(parse), stdout, stderr));
        return command;
    }

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr) =>
        Execute(options, stdout, stderr, showProgress: true).Succeeded ? CommandLine.Success : CommandLine.ContentErrors;

    /// <summary>
    /// Builds and reports: every diagnostic on stderr, a one-line summary on stdout; progress when stdout is a terminal.
    /// With <paramref name="memory"/>, the build uses what the last one in this process made (<c>serve</c>); without,
    /// what the last build of the same output recorded beside it.
    /// </summary>
    public static BuildResult Execute(BuildOptions options, TextWriter stdout, TextWriter stderr, bool showProgress, BuildMemory? memory = null)
    {
        var clock = Stopwatch.StartNew();
        memory ??= BuildMemory.Recorded(options);
        var result = showProgress && BuildProgress.IsTerminal(stdout)
            ? BuildProgress.Run(options, o => BuildPipeline.Run(o, memory))
            : BuildPipeline.Run(options, memory);
        foreach (var line in DiagnosticLines.Capped(result.Diagnostics)) stderr.WriteLine(line);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.IsError || options.Strict);
            stderr.WriteLine($"Build failed with {errors} error(s); {options.OutputDir} was not changed.");
            return result;
        }
        var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {result.Site?.Readings.Count ?? 0} reading(s), {result.Files.Count} files, into {options.OutputDir} in {clock.Elapsed.TotalSeconds:0.00} s, peak memory {peakMiB} MiB."));
        return result;
    }
}
