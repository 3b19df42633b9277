using System.Diagnostics;
using System.Text.Json;

namespace Lectern.Browser.Tests.Support;

/// <summary>The Nu Html Checker, installed by npm into the tools folder and run with the machine's Java.</summary>
public static class Vnu
{
    public static string Jar => Path.Combine(RepoPaths.Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Why the checker cannot run here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Jar))
            return $"The Nu Html Checker is not installed: run `npm ci` in {RepoPaths.Tools} (bash .ci/run does).";
        if (FindJava() is null)
            return "Java is not installed: run `apt-get install -y default-jre-headless` to check the HTML.";
        return null;
    }

    /// <summary>Every error the checker reports for the files, as <c>file:line:col: message</c>.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(FindJava()!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", Jar, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd(); // vnu writes its report to stderr
        process.WaitForExit();
        _ = stdout.Result;

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Prop(m, "url")}:{Prop(m, "lastLine")}:{Prop(m, "firstColumn")}: {Prop(m, "type")}: {Prop(m, "message")} «{Prop(m, "extract")}»")
            .ToList();
    }

    private static string Prop(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "";

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, "bin", "java"))) return Path.Combine(home, "bin", "java");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists);
    }
}
