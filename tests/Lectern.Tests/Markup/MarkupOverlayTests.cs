using AngleSharp.Dom;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Markup;
using Lectern.Tests.Support;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Markup;

public class MarkupOverlayTests
{
    private static string Write(IElement root, MarkupOverlay overlay)
    {
        using var writer = new StringWriter();
        overlay.WriteChildren(root, writer);
        return writer.ToString();
    }

    [Fact]
    public void Without_marks_the_body_is_written_as_AngleSharp_serializes_it()
    {
        var doc = Html.Parse("<div id='b'><p id=\"a&quot;b\">x &amp; y&nbsp;&lt;z&gt; \"q\"<br>t</p><!-- c --><h2>H</h2></div>");
        var root = doc.GetElementById("b")!;
        Assert.Equal(root.InnerHtml, Write(root, new MarkupOverlay()));
    }

    [Fact]
    public void Wraps_put_each_range_of_a_text_node_between_its_markup_and_keep_the_text()
    {
        var doc = Html.Parse("<div id='b'><p>The Politburo of the WPK met.</p></div>");
        var root = doc.GetElementById("b")!;
        var text = (IText)root.FirstElementChild!.FirstChild!;
        var overlay = new MarkupOverlay();
        overlay.Wrap(text, [new TextWrap(4, 13, EdgeMarkup.Of("<span data-term=\"political-bureau\">", "</span>"))]);
        overlay.Wrap(text, [new TextWrap(21, 24, EdgeMarkup.Of("<span data-term=\"wpk\">", "</span>"))]);

        var html = Write(root, overlay);

        Assert.Equal("<p>The <span data-term=\"political-bureau\">Politburo</span> of the <span data-term=\"wpk\">WPK</span> met.</p>", html);
        Assert.Equal("The Politburo of the WPK met.", Html.Parse(html).Body!.TextContent);
    }

    [Fact]
    public void Wrapped_text_is_escaped_as_AngleSharp_escapes_text()
    {
        var doc = Html.Parse("<div id='b'><p>a &amp; b&nbsp;&lt;c&gt; \"d\" e</p></div>");
        var root = doc.GetElementById("b")!;
        var overlay = new MarkupOverlay();
        overlay.Wrap((IText)root.FirstElementChild!.FirstChild!, [new TextWrap(2, 9, EdgeMarkup.Of("<i>", "</i>"))]);

        Assert.Equal("<p>a <i>&amp; b&nbsp;&lt;c&gt;</i> \"d\" e</p>", Write(root, overlay));
    }

    [Fact]
    public void Edges_are_written_inside_the_tags_around_nested_wraps()
    {
        var doc = Html.Parse("<div id='b'><p id='p-1'>One <em>WPK</em> two.</p><p>Other.</p></div>");
        var root = doc.GetElementById("b")!;
        var p = root.FirstElementChild!;
        var overlay = new MarkupOverlay();
        overlay.Wrap((IText)p.QuerySelector("em")!.FirstChild!, [new TextWrap(0, 3, EdgeMarkup.Of("<a>", "</a>"))]);
        overlay.AddAtEdges(p, EdgeMarkup.Of("[1]", "[cite]"));

        Assert.Equal("<p id=\"p-1\">[1]One <em><a>WPK</a></em> two.[cite]</p><p>Other.</p>", Write(root, overlay));
    }

    [Fact]
    public void Elements_holding_marks_have_their_tags_written_as_AngleSharp_writes_them()
    {
        var doc = Html.Parse("<div id='b'><p id=\"a&quot;b\" title='x &amp; y&nbsp;<z>' data-ui>One <span class=\"q\" data-note=n>two</span>.</p></div>");
        var root = doc.GetElementById("b")!;
        var overlay = new MarkupOverlay();
        overlay.AddAtEdges(root.QuerySelector("p")!, EdgeMarkup.Of("", ""));
        overlay.AddAtEdges(root.QuerySelector("span")!, EdgeMarkup.Of("", ""));

        Assert.Equal(root.InnerHtml, Write(root, overlay));
    }

    [Fact]
    public void Later_edges_are_written_inside_earlier_ones()
    {
        var doc = Html.Parse("<div id='b'><p>x</p></div>");
        var root = doc.GetElementById("b")!;
        var overlay = new MarkupOverlay();
        overlay.AddAtEdges(root.FirstElementChild!, EdgeMarkup.Of("[1", "1]"));
        overlay.AddAtEdges(root.FirstElementChild!, EdgeMarkup.Of("[2", "2]"));

        Assert.Equal("<p>[1[2x2]1]</p>", Write(root, overlay));
    }

    private sealed class WithAttribute : EdgeMarkup
    {
        public override void WriteAfterStart(TextWriter writer) => writer.Write("[");
        public override void WriteBeforeEnd(TextWriter writer) => writer.Write("]");
        public override void WriteAttributes(TextWriter writer) => writer.Write(" tabindex=\"-1\"");
    }

    [Fact]
    public void Edge_attributes_follow_the_element_s_own()
    {
        var doc = Html.Parse("<div id='b'><p id='p-1'>x</p></div>");
        var root = doc.GetElementById("b")!;
        var overlay = new MarkupOverlay();
        overlay.AddAtEdges(root.FirstElementChild!, new WithAttribute());

        Assert.Equal("<p id=\"p-1\" tabindex=\"-1\">[x]</p>", Write(root, overlay));
    }

    [Fact]
    public void Markup_after_a_node_follows_its_end_tag_before_the_next_sibling()
    {
        var doc = Html.Parse("<div id='b'><p>One <span>quoted</span> two.</p></div>");
        var root = doc.GetElementById("b")!;
        var overlay = new MarkupOverlay();
        overlay.AddAfter(root.QuerySelector("span")!, "<sup>1</sup>");

        Assert.Equal("<p>One <span>quoted</span><sup>1</sup> two.</p>", Write(root, overlay));
    }

    [Fact]
    public void Wraps_of_a_text_node_must_not_overlap()
    {
        var text = (IText)Html.Parse("<p>abcdef</p>").Body!.FirstElementChild!.FirstChild!;
        var overlay = new MarkupOverlay();
        overlay.Wrap(text, [new TextWrap(0, 3, EdgeMarkup.Of("<i>", "</i>"))]);
        Assert.Throws<ArgumentException>(() => overlay.Wrap(text, [new TextWrap(2, 4, EdgeMarkup.Of("<b>", "</b>"))]));
    }

    [Fact]
    public void A_wrap_inside_an_earlier_one_is_written_inside_it_and_an_earlier_wrap_over_the_same_characters_outside()
    {
        var doc = Html.Parse("<div id='b'><p>a WPK met b</p></div>");
        var root = doc.GetElementById("b")!;
        var text = (IText)root.FirstElementChild!.FirstChild!;
        var overlay = new MarkupOverlay();
        overlay.Wrap(text, [new TextWrap(2, 9, EdgeMarkup.Of("<q>", "</q>")), new TextWrap(10, 11, EdgeMarkup.Of("<s>", "</s>"))]);
        overlay.Wrap(text, [new TextWrap(0, 1, EdgeMarkup.Of("<i>", "</i>")), new TextWrap(2, 5, EdgeMarkup.Of("<t>", "</t>")), new TextWrap(6, 9, EdgeMarkup.Of("<u>", "</u>")), new TextWrap(10, 11, EdgeMarkup.Of("<v>", "</v>"))]);

        Assert.Equal("<p><i>a</i> <q><t>WPK</t> <u>met</u></q> <s><v>b</v></s></p>", Write(root, overlay));
        Assert.Equal(6, overlay.WrapsOf(text).Length);
    }

    [Fact]
    public void A_wrap_crossing_the_edge_of_an_earlier_one_is_refused()
    {
        var text = (IText)Html.Parse("<p>abcdef</p>").Body!.FirstElementChild!.FirstChild!;
        var overlay = new MarkupOverlay();
        overlay.Wrap(text, [new TextWrap(2, 5, EdgeMarkup.Of("<q>", "</q>"))]);
        Assert.Throws<ArgumentException>(() => overlay.Wrap(text, [new TextWrap(4, 6, EdgeMarkup.Of("<b>", "</b>"))]));
        Assert.Throws<ArgumentException>(() => overlay.Wrap(text, [new TextWrap(0, 3, EdgeMarkup.Of("<b>", "</b>"))]));
    }

    [Theory]
    [InlineData("plain-id")]
    [InlineData("a&b")]
    [InlineData("say \"x\"")]
    [InlineData("no\u00a0break <tag> 'q'")]
    public void Attribute_values_are_escaped_as_AngleSharp_escapes_them(string value)
    {
        var element = Html.Parse("").CreateElement("span");
        element.SetAttribute("title", value);
        Assert.Equal(element.OuterHtml, $"<span title=\"{HtmlAttribute.Escape(value)}\"></span>");
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_term_is_written_as_the_element_AngleSharp_would_write(bool active, bool repeat)
    {
        var links = new LinkBuilder("/sub path/", null);
        var (open, close) = TermMarkup.Tags(Entry("wpk", "WPK"), active, repeat, links);

        var document = Html.Parse("");
        var element = document.CreateElement(active ? "a" : "span");
        element.SetAttribute("class", "term");
        element.SetAttribute("data-term", "wpk");
        if (repeat) element.SetAttribute("data-term-repeat", "");
        if (active)
        {
            element.SetAttribute("href", links.GlossaryEntry("wpk"));
            element.SetAttribute("aria-describedby", TermMarkup.DefinitionId("wpk"));
        }
        element.TextContent = "WPK";

        Assert.Equal(element.OuterHtml, open + "WPK" + close);
    }
}
