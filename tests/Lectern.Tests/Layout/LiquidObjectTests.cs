using Fluid.Values;
using Lectern.Diagnostics;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary>A <see cref="LiquidObject"/> model reads in a template as Liquid reads an object: members, nil, numbers, arrays.</summary>
public sealed class LiquidObjectTests : IDisposable
{
    private const string Template = """
        [{{ title }}] [{{ missing }}] [{{ none }}] [{{ none.title }}] [{{ count }}] [{{ html | raw }}]
        {% if title != "" %}titled{% endif %} {% if empty == "" %}empty{% endif %} {% if none %}none{% else %}no none{% endif %}
        {% if count > 2 %}more than two{% endif %} {% if count == 3 %}three{% endif %} {% if zero > 0 %}positive{% else %}not positive{% endif %}
        {{ items.size }} {{ nothing.size }} {{ items.first.name }} {{ items.last.name }} {{ items[1].name }} {{ source.publisher }}
        {% for i in items %}{{ forloop.index }}:{{ i.name }}({{ i.n }}){% unless forloop.last %}, {% endunless %}{% endfor %}
        {% for i in nothing %}never{% else %}no items{% endfor %} {% for n in numbers %}{{ n }}{% if n > 1 %}+{% endif %}{% endfor %}
        {% if source %}source{% endif %} {% if items.size > 0 %}has items{% endif %}
        """;

    private readonly string _themes = Directory.CreateTempSubdirectory("lectern-liquid-").FullName;

    public void Dispose() => Directory.Delete(_themes, recursive: true);

    private string Render(LiquidObject model)
    {
        var layouts = Directory.CreateDirectory(Path.Combine(_themes, "t", "layouts"));
        File.WriteAllText(Path.Combine(layouts.FullName, "page.liquid"), Template);
        File.WriteAllText(Path.Combine(layouts.FullName, "layout.liquid"), "{{ content }}");
        var diagnostics = new DiagnosticBag();
        var html = System.Text.Encoding.UTF8.GetString(Theme.Load(_themes, "t", diagnostics)!.RenderPage("page", model, new LiquidObject(), diagnostics));
        Assert.Empty(diagnostics.Sorted());
        return html;
    }

    [Fact]
    public void A_template_reads_a_LiquidObject_as_Liquid_reads_an_object()
    {
        var liquid = Render(new LiquidObject
        {
            { "title", "Kim & \"Party\" <b>" },
            { "empty", "" },
            { "none", (FluidValue?)null },
            { "count", 3 },
            { "zero", 0 },
            { "html", "<em>as is</em>" },
            { "items", new[] { ("a<", 1), ("b", 2), ("c", 3) }.Select(i => new LiquidObject { { "name", i.Item1 }, { "n", i.Item2 } }) },
            { "nothing", Array.Empty<FluidValue>() },
            { "numbers", new FluidValue[] { LiquidObject.Number(1), LiquidObject.Number(2) } },
            { "source", new LiquidObject { { "publisher", "KCNA" } } },
        });

        Assert.Contains("[Kim &amp; &quot;Party&quot; &lt;b&gt;] [] [] [] [3] [<em>as is</em>]", liquid);
        Assert.Contains("1:a&lt;(1), 2:b(2), 3:c(3)", liquid);
        Assert.Contains("3 0 a&lt; c b KCNA", liquid);
        Assert.Contains("titled empty no none", liquid);
        Assert.Contains("more than two three not positive", liquid);
        Assert.Contains("no items 12+", liquid);
        Assert.Contains("source has items", liquid);
    }

    [Fact]
    public async Task Members_beyond_the_initial_capacity_are_kept_in_order_and_found()
    {
        var model = new LiquidObject(1) { { "a", "1" }, { "b", "2" }, { "c", "3" } };

        var values = model.Select(m => m.Value.ToStringValue());

        Assert.Equal(["1", "2", "3"], values);
        Assert.Equal("3", (await model.GetValueAsync("c", new Fluid.TemplateContext())).ToStringValue());
        Assert.True((await model.GetValueAsync("d", new Fluid.TemplateContext())).IsNil());
    }
}
