using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>
/// A slow phone on a slow network, through the Chrome DevTools Protocol: Lighthouse's mobile throttling
/// (4x CPU slowdown, "slow 4G"). On a fast machine serving from 127.0.0.1 the page is painted in one go;
/// throttled, it is painted in the order a reader's phone paints it, so what scripts change after the
/// first paint shows.
/// </summary>
public static class Throttling
{
    public const double CpuSlowdown = 4;

    /// <summary>Lighthouse's slow 4G as DevTools applies it: 150 ms RTT x 3.75, 1.6 Mbps down and 750 kbps up x 0.9.</summary>
    public const double LatencyMs = 562.5;
    public const double DownloadBytesPerSecond = 1474.56 * 1024 / 8;
    public const double UploadBytesPerSecond = 607.5 * 1024 / 8;

    /// <summary>Throttles <paramref name="page"/> until its context closes.</summary>
    public static async Task ApplyAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = LatencyMs,
            ["downloadThroughput"] = DownloadBytesPerSecond,
            ["uploadThroughput"] = UploadBytesPerSecond,
        });
    }
}
