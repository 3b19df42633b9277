using System.Diagnostics;

namespace Lectern.Tests.Support;

/// <summary>
/// The CLI published for this machine as the benchmark and users publish it: compiled ahead of time
/// (Native AOT), in a temporary folder, once for the tests that share this fixture.
/// </summary>
public sealed class NativeCli : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lectern-native-" + Guid.NewGuid().ToString("N")[..12]);

    private readonly string? _missing;

    public NativeCli()
    {
        // Native AOT links with the system's C toolchain and zlib; without them the tests say what to install.
        var compiler = Requirement.OnPath("clang") || Requirement.OnPath("gcc");
        if (!compiler || (OperatingSystem.IsLinux() && !File.Exists("/usr/include/zlib.h")))
        {
            _missing = "the native CLI is linked with a C toolchain and zlib: apt-get install -y gcc zlib1g-dev";
            Executable = "";
            return;
        }
        var project = Path.Combine(RepoPaths.Root, "src", "Lectern.Cli");
        var (exit, stdout, stderr) = Run("dotnet", "publish", project, "-c", "Release", "--use-current-runtime", "-o", _folder);
        Executable = Path.Combine(_folder, OperatingSystem.IsWindows() ? "Lectern.Cli.exe" : "Lectern.Cli");
        if (exit != 0 || !File.Exists(Executable))
            throw new InvalidOperationException($"dotnet publish (Native AOT) failed with exit code {exit}:\n{stdout}{stderr}");
    }

    public string Executable { get; }

    /// <summary>Runs the native CLI; returns its exit code, standard output and standard error.</summary>
    public (int Exit, string Stdout, string Stderr) Invoke(params string[] args)
    {
        Requirement.Met(_missing is null, _missing!);
        return Run(Executable, args);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
