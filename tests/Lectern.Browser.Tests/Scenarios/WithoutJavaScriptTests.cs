using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>With JavaScript off, terms are links to the glossary and notes are numbered endnotes.</summary>
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

    [SkippableFact]
    public async Task Notes_appear_as_numbered_endnotes_that_their_markers_link_to()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { JavaScriptEnabled = false });
        var reading = new ReadingPage(session.Page);
        var markers = await reading.NoteMarkerLinks.CountAsync();
        Assert.True(markers > 0, "the seed reading has notes");
        await Expect(reading.Endnotes).ToHaveCountAsync(markers);
        await Expect(reading.Endnotes.First).ToBeVisibleAsync();
        await Expect(reading.NoteToggles).ToHaveCountAsync(0);

        var marker = reading.NoteMarkerLinks.First;
        var target = (await marker.GetAttributeAsync("href"))!;
        await marker.ClickAsync();
        var endnote = session.Page.Locator(target);
        await Expect(endnote).ToBeInViewportAsync();
        Assert.True(await endnote.EvaluateAsync<bool>("e => e.matches('li.note:target')"));
        session.AssertHealthy();
    }
}
