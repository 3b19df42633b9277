using Lectern.Pipeline;
using Spectre.Console;

namespace Lectern.Cli.Commands;

/// <summary>A progress bar (readings done of total) while a build runs, shown only on an interactive terminal.</summary>
public static class BuildProgress
{
    public static bool IsTerminal(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static BuildResult Run(BuildOptions options, Func<BuildOptions, BuildResult> build) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Loading");
                var previous = options.Progress;
                return build(options with
                {
                    Progress = (done, total) =>
                    {
                        previous?.Invoke(done, total);
                        task.MaxValue = total;
                        task.Value = done;
                        task.Description = done < total ? $"Readings {done}/{total}" : $"Readings {total}/{total}; laying out the site";
                    },
                });
            });
}
