using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>Debian's Chromium, launched by Playwright's bundled driver (no browser download ever happens).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage =
        "Chromium is not installed at " + ExecutablePath + ": run `apt-get install -y chromium` (bash .ci/run does) to run the browser tests.";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}
