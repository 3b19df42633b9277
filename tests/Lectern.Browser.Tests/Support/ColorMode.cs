using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>The ways a page can end up light or dark: the system preference, or the reader's choice in <c>data-theme</c>.</summary>
public static class ColorMode
{
    public const string Light = "light";
    public const string Dark = "dark";
    public const string ChosenDark = "data-theme=dark";
    public const string ChosenLight = "data-theme=light on a dark system";

    public static ColorScheme SystemScheme(string mode) => mode is Dark or ChosenLight ? ColorScheme.Dark : ColorScheme.Light;

    /// <summary>The reader's stored choice, set before any page script runs, as the theme toggle would have left it.</summary>
    public static string? Theme(string mode) => mode switch { ChosenDark => "dark", ChosenLight => "light", _ => null };

    /// <summary>Makes the reader's choice of <paramref name="mode"/>, with the page's theme toggle when it has one.</summary>
    public static async Task ApplyAsync(IPage page, string mode)
    {
        if (Theme(mode) is not { } theme) return;
        const string current = "() => document.documentElement.dataset.theme || ''";
        if (await page.EvaluateAsync<string>(current) == theme) return; // remembered from an earlier page
        var toggle = page.Locator(".theme-toggle");
        if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
        else await page.EvaluateAsync("t => document.documentElement.dataset.theme = t", theme);
        Assert.Equal(theme, await page.EvaluateAsync<string>(current));
    }
}
