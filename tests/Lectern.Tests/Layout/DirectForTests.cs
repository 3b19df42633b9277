using Fluid;
using Fluid.Ast;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary><see cref="DirectForStatement"/> runs a loop exactly as Fluid's own for statement does.</summary>
public class DirectForTests
{
    private static readonly object Model = new
    {
        rows = new[]
        {
            new { title = "a", cells = new object[] { 1, 2, 3 } },
            new { title = "b", cells = new object[] { } },
            new { title = "c", cells = new object[] { "x", "y" } },
        },
        words = new List<object> { "one", "two", "three", "four" },
        none = (string?)null,
        text = "plain",
    };

    private static string Render(IFluidTemplate template)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        var context = new TemplateContext(Model, options);
        // Twice in one context: the second run's loops find the scopes the first left.
        return template.Render(context, Theme.Encoder) + "\n--\n" + template.Render(context, Theme.Encoder);
    }

    private static (string Fluid, string Direct, IFluidTemplate Rewritten) Both(string source)
    {
        var parsed = new FluidParser().Parse(source);
        var rewritten = TemplateRewriter.Rewrite(parsed);
        return (Render(parsed), Render(rewritten), rewritten);
    }

    [Theory]
    // forloop's members, nested loops and parentloop, an inner loop run once per row
    [InlineData("{% for r in rows %}[{{ forloop.index }}/{{ forloop.index0 }}/{{ forloop.rindex }}/{{ forloop.rindex0 }}/{{ forloop.first }}/{{ forloop.last }}/{{ forloop.length }}]{{ r.title }}:{% for c in r.cells %}{{ c }}{{ parentloop.index }}{{ forloop.parentloop.index }}{% unless forloop.last %},{% endunless %}{% endfor %};{% endfor %}")]
    // break, continue, else, a loop over nothing or over a string
    [InlineData("{% for w in words %}{% if w == \"two\" %}{% continue %}{% endif %}{% if w == \"four\" %}{% break %}{% endif %}{{ w }}{% endfor %}|{% for w in none %}{{ w }}{% else %}empty{% endfor %}|{% for w in text %}{{ w }}{% endfor %}")]
    // what the body assigns outlives the loop; the loop variable and forloop do not
    [InlineData("{% for w in words %}{% assign last = w %}{% capture seen %}{{ seen }}{{ w }}{% endcapture %}{% endfor %}{{ last }}|{{ seen }}|{{ w }}|{{ forloop.index }}")]
    // where a loop stopped, as offset: continue reads it
    [InlineData("{% for w in words %}{% if forloop.index == 2 %}{% break %}{% endif %}{% endfor %}{{ for_continue_words }}|{% for r in rows %}{% for c in r.cells %}{% endfor %}{% endfor %}{{ for_continue_r }}{{ for_continue_rows }}")]
    public void Loops_run_as_Fluid_runs_them(string source)
    {
        var (fluid, direct, _) = Both(source);

        Assert.Equal(fluid, direct);
    }

    [Fact]
    public void Plain_loops_are_rewritten_and_a_template_that_continues_a_loop_keeps_Fluid_loops()
    {
        var plain = (Fluid.Parser.FluidTemplate)Both("{% for w in words %}{{ w }}{% endfor %}{% for w in words limit: 2 %}{{ w }}{% endfor %}").Rewritten;
        var (fluid, direct, rewritten) = Both("{% for w in words limit: 2 %}{{ w }}{% endfor %}|{% for w in words offset: continue %}{{ w }}{% endfor %}");

        Assert.IsType<DirectForStatement>(plain.Statements[0]);
        Assert.IsType<ForStatement>(plain.Statements[1]);
        Assert.All(((Fluid.Parser.FluidTemplate)rewritten).Statements.Where(s => s is not TextSpanStatement), s => Assert.IsType<ForStatement>(s));
        Assert.Equal(fluid, direct);
        Assert.StartsWith("onetwo|threefour", direct);
    }
}
