using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>Context options for the devices the scenarios emulate.</summary>
public static class Devices
{
    public static BrowserNewContextOptions Desktop(int width = 1280, int height = 800) => new()
    {
        ViewportSize = new() { Width = width, Height = height },
    };

    /// <summary>A touch phone: mobile viewport, touch events, no hover.</summary>
    public static BrowserNewContextOptions Phone(int width, int height) => new()
    {
        ViewportSize = new() { Width = width, Height = height },
        ScreenSize = new() { Width = width, Height = height },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };
}
