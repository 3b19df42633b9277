using Fluid;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary><see cref="DirectOutputStatement"/> writes every value exactly as Fluid's own output statement does.</summary>
public class DirectOutputTests
{
    private const string Template = """
        {{ zero }}|{{ small }}|{{ large }}|{{ negative }}|{{ half }}|{{ two_point_oh }}|{{ huge }}
        {{ plain }}|{{ escaped }}|{{ escaped | raw }}|{{ korean }}|{{ empty }}|{{ none }}|{{ missing }}
        {{ yes }}|{{ items }}|{{ items.size }}|{{ small | plus: 1 }}|{{ plain | upcase }}|{{ "lit<eral" }}|{{ 7 }}
        {% for i in items %}{{ forloop.index }}{{ i }}{{ i | raw }}{% endfor %}|{{ small | raw }}|{{ none | raw }}|{{ items | raw }}|{{ escaped | raw | upcase }}|{{ escaped | upcase | raw }}
        """;

    private static readonly object Model = new
    {
        zero = 0,
        small = 12,
        large = 123456789012L,
        negative = -3,
        half = 1.5m,
        two_point_oh = 2.0m,
        huge = decimal.MaxValue,
        plain = "plain text",
        escaped = "Kim & \"Party\" <b> 'quoted' + more",
        korean = "조선중앙통신 — “quoted” 😀",
        empty = "",
        none = (string?)null,
        yes = true,
        items = new List<object> { "a&", 2, "c" },
    };

    private static string Render(IFluidTemplate template)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        return template.Render(new TemplateContext(Model, options), Theme.Encoder);
    }

    [Fact]
    public void Outputs_are_written_as_Fluid_writes_them()
    {
        var parsed = new FluidParser().Parse(Template);

        var fluid = Render(parsed);
        var direct = Render(TemplateRewriter.Rewrite(parsed));

        Assert.Equal(fluid, direct);
        Assert.Contains("0|12|123456789012|-3|1.5|2.0|", direct);
        Assert.Contains("Kim &amp; &quot;Party&quot; &lt;b&gt;", direct);
        Assert.Contains("|Kim & \"Party\" <b> 'quoted' + more|", direct);
    }

    [Fact]
    public void Every_output_in_the_template_is_rewritten()
    {
        var parsed = new FluidParser().Parse(Template);

        var rewritten = (Fluid.Parser.FluidTemplate)TemplateRewriter.Rewrite(parsed);

        Assert.DoesNotContain(rewritten.Statements, s => s is Fluid.Ast.OutputStatement);
        var loop = Assert.Single(rewritten.Statements.OfType<DirectForStatement>()).Loop;
        Assert.All(loop.Statements, s => Assert.IsType<DirectOutputStatement>(s));
    }
}
