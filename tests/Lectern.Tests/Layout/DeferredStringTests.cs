using Fluid;
using Fluid.Values;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary>Strings made when they are written read in templates as the strings they stand for.</summary>
public class DeferredStringTests
{
    private const string Template = """
        {{ html }}|{{ html | raw }}|{{ html.size }}|{{ html | upcase }}|{% if html == "<i>a</i> & “b”" %}equal{% endif %}|{% if html != "" %}set{% endif %}
        {{ url }}|{{ url | raw }}|{{ url.size }}|{{ url | append: "x" }}|{% if url == "/r&amp;s/#p-12" %}equal{% endif %}|{{ link.url }}|{{ link.number }}|{{ link }}
        """;

    private static string Render(LiquidObject model)
    {
        var template = TemplateRewriter.Rewrite(new FluidParser().Parse(Template));
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        return template.Render(new TemplateContext(model, options), Theme.Encoder);
    }

    [Fact]
    public void Deferred_strings_render_as_the_strings_they_stand_for()
    {
        const string html = "<i>a</i> & “b”";
        var deferred = new LiquidObject
        {
            { "html", new HtmlStringValue(writer => writer.Write(html)) },
            { "url", new ParagraphUrlValue("/r&amp;s/", 12) },
            { "link", new ParagraphLinkValue("/r&amp;s/", 12) },
        };
        var strings = new LiquidObject
        {
            { "html", html },
            { "url", "/r&amp;s/#p-12" },
            { "link", new LiquidObject { { "number", 12 }, { "url", "/r&amp;s/#p-12" } } },
        };

        var rendered = Render(deferred);

        Assert.Equal(Render(strings), rendered);
        Assert.StartsWith("&lt;i&gt;a&lt;/i&gt; &amp; “b”|<i>a</i> & “b”|", rendered);
        Assert.Contains("|equal|set", rendered);
        Assert.Contains("/r&amp;amp;s/#p-12|/r&amp;s/#p-12|", rendered);
    }
}
