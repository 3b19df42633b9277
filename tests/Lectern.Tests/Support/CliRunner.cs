using Lectern.Cli.Commands;

namespace Lectern.Tests.Support;

/// <summary>Runs the command line in this process, as <c>lectern</c> with <paramref name="args"/> would, capturing what it prints.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
