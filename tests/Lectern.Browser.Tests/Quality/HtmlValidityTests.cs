using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Quality;

/// <summary>The Nu Html Checker finds no error in any page the build writes.</summary>
[Collection(SiteCollection.Name)]
public class HtmlValidityTests(SiteFixture site)
{
    [SkippableFact]
    public void Every_built_page_is_valid_html()
    {
        var unavailable = Vnu.Unavailable();
        Requirement.Met(unavailable is null, unavailable!);
        var pages = site.Pages.Select(p => Path.Combine(site.Output, p)).ToList();
        Assert.True(pages.Count >= 3, "expected at least the home, reading and glossary pages");
        var errors = Vnu.Errors(pages);
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} errors:\n" + string.Join("\n", errors));
    }
}
