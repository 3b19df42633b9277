using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>The reading page's parts as the scenarios meet them; selectors live here only.</summary>
public sealed class ReadingPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The first live glossary term in the text (a link to its glossary entry).</summary>
    public ILocator FirstTerm => Page.Locator(".reading-body a.term[data-term]").First;

    public ILocator Terms => Page.Locator(".reading-body [data-term]");
    public ILocator LiveTerms => Page.Locator(".reading-body a.term[data-term]");

    /// <summary>The page's one shared definition bubble.</summary>
    public ILocator Popover => Page.Locator("#term-popover");

    public ILocator TermMarkingSetting => Page.Locator("#term-marking");

    public ILocator NoteMarkerLinks => Page.Locator(".reading-body .note-marker > a[href^='#']");
    public ILocator NoteToggles => Page.Locator(".reading-body button.note-toggle");
    public ILocator Endnotes => Page.Locator(".notes-list > li.note");

    /// <summary>The definition a term is described by (its <c>aria-describedby</c> target).</summary>
    public async Task<string> DefinitionOfAsync(ILocator term)
    {
        var id = await term.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(id), "the term has no aria-describedby");
        return Normalize(await Page.Locator("#" + id).TextContentAsync());
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus; fails after <paramref name="limit"/> presses.</summary>
    public async Task TabToAsync(ILocator target, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await Page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab did not reach the element within {limit} presses");
    }

    public Task<bool> FocusIsWithinAsync(ILocator locator) => locator.EvaluateAsync<bool>("e => e.contains(document.activeElement)");

    public static string Normalize(string? text) => System.Text.RegularExpressions.Regex.Replace(text ?? "", @"\s+", " ").Trim();
}
