namespace Lectern.Testing;

/// <summary>
/// Skips a test whose tool is missing on a developer's machine, with the reason and what to install, but
/// fails it on CI (<c>CI=true</c>), where .ci/install-deps installs every tool: a test that silently skipped
/// there would prove nothing. Compiled into every test project (linked from tests/Shared).
/// </summary>
public static class Requirement
{
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Met(bool met, string howToInstall)
    {
        if (met) return;
        if (OnCi) Assert.Fail(howToInstall);
        Skip.If(true, howToInstall);
    }

    /// <summary>Skips (or on CI fails) unless every tool named is an executable on the PATH.</summary>
    public static void Tools(string debianPackages, params string[] tools)
    {
        var missing = tools.Where(t => !OnPath(t)).ToList();
        Met(missing.Count == 0, $"needs {string.Join(", ", missing)} on the PATH: apt-get install -y {debianPackages}");
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, tool)));
}
