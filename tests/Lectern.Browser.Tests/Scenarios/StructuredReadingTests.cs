using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>
/// A document with its own headings and numbered paragraphs (the UN Charter's Chapters IV-VII, as a typesetter and
/// pdftotext left it): its headings are headings in the table of contents, its numbered paragraphs a list whose
/// items carry their printed numbers and their own paragraph links.
/// </summary>
[Collection(SiteCollection.Name)]
public class StructuredReadingTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Headings_and_lists_are_the_documents_own_and_listed_in_the_table_of_contents()
    {
        await using var session = await site.OpenAsync(site.StructuredReadingUrl, Devices.Desktop(1440, 900));
        var page = session.Page;
        var body = page.Locator(".reading-body");

        await Expect(body.Locator("h2#chapter-iv")).ToHaveTextAsync("CHAPTER IV");
        await Expect(body.Locator("h4#article-9")).ToHaveTextAsync("Article 9");
        Assert.Equal(0, await body.Locator("h2[data-ui], h3[data-ui], h4[data-ui]").CountAsync());
        var firstItem = body.Locator("ol > li").First;
        Assert.StartsWith("1. The General Assembly shall consist of all the Members", await firstItem.Locator(":scope").EvaluateAsync<string>(
            "li => { const c = li.cloneNode(true); c.querySelectorAll('[data-ui]').forEach(u => u.remove()); return c.textContent.trim(); }"));
        Assert.Matches("^p-\\d+$", await firstItem.GetAttributeAsync("id"));
        await Expect(page.Locator("#toc a[data-section='article-9']")).ToHaveCountAsync(1);
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task A_link_to_a_list_item_lands_on_it()
    {
        await using var session = await site.OpenAsync(site.StructuredReadingUrl, Devices.Desktop(1440, 900));
        var page = session.Page;
        var item = page.Locator(".reading-body ol > li").Nth(3);
        var id = (await item.GetAttributeAsync("id"))!;

        await page.GotoAsync(site.StructuredReadingUrl + "#" + id);

        await Expect(item).ToBeInViewportAsync();
        Assert.True(await item.EvaluateAsync<bool>("li => li.matches(':target')"));
        session.AssertHealthy();
    }
}
