using Lectern.Diagnostics;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary>Templates as Fluid ships them: HTML values written as they are, partials from the theme's includes folder only.</summary>
public sealed class ThemeTemplateTests : IDisposable
{
    private readonly string _themes = Directory.CreateTempSubdirectory("lectern-theme-").FullName;

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    private string Render(string template, LiquidObject model, params (string Name, string Text)[] includes)
    {
        var layouts = Directory.CreateDirectory(Path.Combine(_themes, "t", "layouts"));
        File.WriteAllText(Path.Combine(layouts.FullName, "page.liquid"), template);
        File.WriteAllText(Path.Combine(layouts.FullName, "layout.liquid"), "{{ content }}");
        var folder = Directory.CreateDirectory(Path.Combine(_themes, "t", ThemeIncludes.FolderName));
        foreach (var (name, text) in includes) File.WriteAllText(Path.Combine(folder.FullName, name), text);
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(_themes, "t", diagnostics);
        Assert.NotNull(theme);
        var html = System.Text.Encoding.UTF8.GetString(theme.RenderPage("page", model, new LiquidObject(), diagnostics));
        Assert.Empty(diagnostics.Sorted());
        return html;
    }

    [Fact]
    public void Html_content_is_written_as_it_is_with_or_without_raw_and_strings_are_escaped()
    {
        var model = new LiquidObject { { "html", HtmlContent.Of("<em>a &amp; b</em>") }, { "text", "<em>" } };

        Assert.Equal("<em>a &amp; b</em>|<em>a &amp; b</em>|&lt;em&gt;|true",
            Render("{{ html }}|{{ html | raw }}|{{ text }}|{% if html != \"\" %}true{% endif %}", model));
    }

    [Fact]
    public void An_include_reads_the_theme_partial_with_the_values_passed_to_it()
    {
        var model = new LiquidObject { { "list", new[] { "a", "b<" }.Select(x => new LiquidObject { { "name", x } }) } };

        var html = Render("[{% include 'names', items: list %}]", model, ("names.liquid", "{%- for i in items -%}{{ i.name }};{%- endfor -%}\n"));

        Assert.Equal("[a;b&lt;;]", html);
    }

    [Theory]
    [InlineData("../layouts/page")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/names")]
    public void An_include_outside_the_includes_folder_is_not_read(string path)
    {
        var layouts = Directory.CreateDirectory(Path.Combine(_themes, "t", "layouts"));
        File.WriteAllText(Path.Combine(layouts.FullName, "page.liquid"), $"{{% include '{path}' %}}");
        File.WriteAllText(Path.Combine(layouts.FullName, "layout.liquid"), "{{ content }}");
        var sub = Directory.CreateDirectory(Path.Combine(_themes, "t", ThemeIncludes.FolderName, "sub"));
        File.WriteAllText(Path.Combine(sub.FullName, "names.liquid"), "SECRET");
        var diagnostics = new DiagnosticBag();

        var html = System.Text.Encoding.UTF8.GetString(Theme.Load(_themes, "t", diagnostics)!.RenderPage("page", new LiquidObject(), new LiquidObject(), diagnostics));

        Assert.DoesNotContain("SECRET", html);
        Assert.DoesNotContain("include", html);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.TemplateError);
    }

    [Fact]
    public void A_syntax_error_in_an_include_is_reported_at_its_position_when_the_theme_loads()
    {
        Directory.CreateDirectory(Path.Combine(_themes, "t", "layouts"));
        File.WriteAllText(Path.Combine(_themes, "t", "layouts", "page.liquid"), "ok");
        Directory.CreateDirectory(Path.Combine(_themes, "t", ThemeIncludes.FolderName));
        File.WriteAllText(Path.Combine(_themes, "t", ThemeIncludes.FolderName, "bad.liquid"), "line one\n{% if %}");
        var diagnostics = new DiagnosticBag();

        Assert.Null(Theme.Load(_themes, "t", diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.EndsWith("bad.liquid", error.File);
        Assert.Equal(2, error.Line);
    }
}
