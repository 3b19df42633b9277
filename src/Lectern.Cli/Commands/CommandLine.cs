using System.CommandLine;

namespace Lectern.Cli.Commands;

/// <summary>The command tree. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var root = new RootCommand("Lectern: publish a source text as an annotated reading on the web.")
        {
            BuildCommand.Create(stdout, stderr),
            CleanCommand.Create(stdout, stderr),
            AddCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            AnchorsCommand.Create(stdout, stderr),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"lectern: {error.Message.TrimEnd('.')}; run 'lectern --help' for usage");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file system problem (a read-only output folder, a full disk) is the user's to fix: say what, not where in Lectern.
            stderr.WriteLine($"lectern: error: {ex.Message}");
            return ContentErrors;
        }
    }
}
