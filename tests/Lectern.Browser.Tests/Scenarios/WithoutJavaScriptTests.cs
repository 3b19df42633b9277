using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>With JavaScript off, terms are links to the glossary.</summary>
[Collection(SiteCollection.Name)]
public class WithoutJavaScriptTests(SiteFixture site)
{
    [SkippableFact]
    public async Task A_term_link_leads_to_its_glossary_entry()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { JavaScriptEnabled = false });
        var reading = new ReadingPage(session.Page);
        var term = reading.FirstTerm;
        var id = await term.GetAttributeAsync("data-term");
        await term.ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(site.GlossaryUrl + "#" + id);
        var entry = session.Page.Locator("#" + id);
        await Expect(entry).ToBeInViewportAsync();
        Assert.True(await entry.EvaluateAsync<bool>("e => e.matches(':target')"));
        session.AssertHealthy();
    }
}
