using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

public class ThemeIdsTests
{
    private static readonly ThemeIds Ids = ThemeIds.FromTemplates(
    [
        ("<div id='single-quoted'></div><p data-id=\"not-an-id\"></p>\n<a id = \"widget-{{ w.id }}-label\"></a><b id=\"{{ note.id }}\"></b>", "page.liquid"),
        ("<main id=\"main\">{% if x %}<span id=\"tab-{% cycle 'a', 'b' %}\"></span>{% endif %}</main>", "layout.liquid"),
    ]);

    [Theory]
    [InlineData("single-quoted", "the theme uses the id 'single-quoted' (page.liquid)")]
    [InlineData("main", "the theme uses the id 'main' (layout.liquid)")]
    [InlineData("widget-1", "the theme uses ids starting with 'widget-' (page.liquid)")]
    [InlineData("tab-b", "the theme uses ids starting with 'tab-' (layout.liquid)")]
    [InlineData("term-popover", "the theme uses the id 'term-popover' (Lectern's term popover)")]
    [InlineData("gloss-wpk", "the theme uses ids starting with 'gloss-' (Lectern's glossary definitions on reading pages)")]
    public void Ids_and_prefixes_of_the_templates_and_of_lectern_are_taken(string id, string clash) =>
        Assert.Equal(clash, Ids.Clash(id));

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("elite-force")]
    [InlineData("widget")]
    public void Other_ids_are_free(string id) =>
        Assert.Null(Ids.Clash(id));
}
