namespace Lectern.Browser.Tests.Support;

/// <summary>
/// Skips a test whose tool is missing on a developer's machine, but fails it on CI (<c>CI=true</c>), where
/// .ci/install-deps installs every tool: a browser test that silently skipped there would prove nothing.
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
}
