using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lectern.Cli.Commands;

/// <summary>
/// Values the parser accepts by type but no command can use: reported as usage errors (exit 2, one line)
/// before anything runs, instead of failing deep inside as a stack trace.
/// </summary>
public static class OptionChecks
{
    /// <summary>A folder option: not empty, and not a file system's root (the output of a build is replaced whole).</summary>
    public static void Folder(Option<string> option) => option.Validators.Add(result =>
    {
        var value = result.GetValueOrDefault<string>();
        if (string.IsNullOrWhiteSpace(value))
            result.AddError($"{option.Name} needs a folder, not an empty value");
        else if (Path.GetFullPath(value) is var full && Path.GetPathRoot(full) == full)
            result.AddError($"{option.Name} {value} is the root of the file system; name a folder of its own");
    });

    /// <summary>An optional folder option: when given, as <see cref="Folder(Option{string})"/>.</summary>
    public static void OptionalFolder(Option<string?> option) => option.Validators.Add(result =>
    {
        if (result.Implicit) return;
        if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>())) result.AddError($"{option.Name} needs a folder, not an empty value");
    });

    public static void Port(Option<int> option) => option.Validators.Add(result =>
    {
        var port = result.GetValueOrDefault<int>();
        if (port is < 0 or > 65535) result.AddError($"{option.Name} {port} is not a port; use 0 to 65535 (0 picks a free one)");
    });

    /// <summary>A host name or IP address, as a URL may hold it (<c>a/b</c> is neither).</summary>
    public static void Host(Option<string> option) => option.Validators.Add(result =>
    {
        var host = result.GetValueOrDefault<string>();
        if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
            result.AddError($"{option.Name} '{host}' is not a host name or IP address; use e.g. 127.0.0.1 or localhost");
    });
}
