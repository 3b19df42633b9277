using System.Text.RegularExpressions;
using Lectern.Cli.Commands;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>One printed diagnostic line, <c>file:line:col: severity CODE: message</c>.</summary>
public sealed record PrintedDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message)
{
    private static readonly Regex Format = new(@"^(?<file>.+?):(?<line>\d+):(?<col>\d+): (?<sev>error|warning) (?<code>LEC\d{3}): (?<msg>.+)$");

    public static IReadOnlyList<PrintedDiagnostic> ParseAll(string stderr) =>
        stderr.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Format.Match(l))
            .Where(m => m.Success)
            .Select(m => new PrintedDiagnostic(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value),
                m.Groups["sev"].Value, m.Groups["code"].Value, m.Groups["msg"].Value))
            .ToList();
}

/// <summary>What a bad input must produce: the code, where (a path ending and line:col) and part of the message.</summary>
public sealed record Expected(string Code, string FileEnding, int Line, int Column, string MessagePart, string Severity = "error");

/// <summary>
/// The table-driven check for "bad content -> expected diagnostic": builds the seed site, breaks the
/// content, builds again through the command line, and asserts exit code 1, the expected diagnostic,
/// no stack trace, and an output folder byte-for-byte as it was.
/// </summary>
public static class BadContent
{
    public static IReadOnlyList<PrintedDiagnostic> AssertRejected(Action<TempSite> breakContent, Expected expected, params string[] extraArgs) =>
        AssertRejected(breakContent, expected, _ => { }, extraArgs);

    /// <summary>As above; <paramref name="printed"/> is handed the whole of stderr.</summary>
    public static IReadOnlyList<PrintedDiagnostic> AssertRejected(Action<TempSite> breakContent, Expected expected, Action<string> printed, params string[] extraArgs)
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded, "the seed site must build before it is broken");
        var before = TempSite.Snapshot(site.Output);

        breakContent(site);
        var (exit, stderr) = Build(site, extraArgs);

        Assert.Equal(1, exit);
        AssertNoStackTrace(stderr);
        var diagnostics = PrintedDiagnostic.ParseAll(stderr);
        AssertContains(diagnostics, expected, stderr);
        AssertUnchanged(before, TempSite.Snapshot(site.Output));
        printed(stderr);
        return diagnostics;
    }

    public static (int Exit, string Stderr) Build(TempSite site, params string[] extraArgs)
    {
        var stderr = new StringWriter();
        var args = new[] { "build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes }.Concat(extraArgs).ToArray();
        var exit = CommandLine.Run(args, new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    public static void AssertContains(IReadOnlyList<PrintedDiagnostic> printed, Expected expected, string stderr)
    {
        var match = printed.FirstOrDefault(d => d.Code == expected.Code
            && d.File.Replace('\\', '/').EndsWith(expected.FileEnding, StringComparison.Ordinal)
            && d.Line == expected.Line && d.Column == expected.Column
            && d.Severity == expected.Severity
            && d.Message.Contains(expected.MessagePart, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected {expected} in:\n{stderr}");
    }

    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotMatch(@"\n\s+at \S+\(", text);
        Assert.DoesNotContain("Exception:", text);
    }

    public static void AssertUnchanged(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
    }
}

/// <summary>A named way to break the content, for readable theory cases.</summary>
public sealed record BadInput(string Name, Action<TempSite> Break, Expected Expected)
{
    public override string ToString() => Name;
}
