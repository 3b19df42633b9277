using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

public class ThemeTests
{
    private static string Layout(TempSite s, string name) => Path.Combine(s.Themes, "default", "layouts", name + ".liquid");

    private static Action<TempSite> InsertLine(string template, int line, string text) => s =>
    {
        var lines = File.ReadAllLines(Layout(s, template)).ToList();
        lines.Insert(line - 1, text);
        File.WriteAllLines(Layout(s, template), lines);
    };

    private static Action<TempSite> SetTheme(string theme) => s =>
    {
        var siteYml = Path.Combine(s.Content, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("theme: default", "theme: " + theme));
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("a theme that does not exist", SetTheme("nope"),
            new(DiagnosticCodes.ThemeMissing, "themes/nope", 1, 1, "theme 'nope' not found")),
        new("a theme that is a path out of the themes folder", SetTheme("../content/x"),
            new(DiagnosticCodes.ThemeNameInvalid, "content/site.yml", 9, 8, "theme '../content/x' is not the name of a folder in the themes folder")),
        new("a theme that is an absolute path", SetTheme("/etc"),
            new(DiagnosticCodes.ThemeNameInvalid, "content/site.yml", 9, 8, "theme '/etc' is not the name of a folder")),
        new("a theme that is the themes folder itself", SetTheme("."),
            new(DiagnosticCodes.ThemeNameInvalid, "content/site.yml", 9, 8, "theme '.' is not the name of a folder")),
        new("a theme with a folder below it", SetTheme("default/layouts"),
            new(DiagnosticCodes.ThemeNameInvalid, "content/site.yml", 9, 8, "theme 'default/layouts' is not the name of a folder")),
        new("a missing page template", s => File.Delete(Layout(s, "reading")),
            new(DiagnosticCodes.ThemeMissing, "layouts/reading.liquid", 1, 1, "the theme has no template 'reading.liquid'")),
        new("a missing layout template", s => File.Delete(Layout(s, "layout")),
            new(DiagnosticCodes.ThemeMissing, "layouts/layout.liquid", 1, 1, "the theme has no template 'layout.liquid'")),
        new("a broken tag on line 5", InsertLine("home", 5, "<p>{% for %}</p>"),
            new(DiagnosticCodes.TemplateError, "layouts/home.liquid", 5, 10, "template error: Invalid 'for' tag")),
        new("an unclosed output on line 2", InsertLine("glossary", 2, "<p>{{ entries.size </p>"),
            new(DiagnosticCodes.TemplateError, "layouts/glossary.liquid", 2, 19, "template error: End of tag '}}' was expected")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_theme_problem_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Fact]
    public void An_unclosed_block_is_reported_at_the_end_of_its_template_where_the_end_tag_was_expected()
    {
        using var site = new TempSite();
        InsertLine("reading", 3, "  {% if reading.title %}")(site);
        var lines = File.ReadAllLines(Layout(site, "reading")).Length;

        var (exit, stderr) = BadContent.Build(site);

        Assert.Equal(1, exit);
        var d = Assert.Single(PrintedDiagnostic.ParseAll(stderr));
        Assert.Equal((DiagnosticCodes.TemplateError, lines), (d.Code, d.Line));
        Assert.EndsWith("layouts/reading.liquid", d.File.Replace('\\', '/'));
        Assert.Equal("template error: '{% endif %}' was expected", d.Message);
    }
}
