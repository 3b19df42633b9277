using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Load;
using Lectern.Stages.Render;
using Lectern.Tests.Support;
using Markdig;

namespace Lectern.Tests.Render;

public class PlainMarkdownTests
{
    private static string Markdig(string markdown) => Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared).Trim();

    [Fact]
    public void The_seeds_notes_and_definitions_are_plain_and_render_as_Markdig_renders_them()
    {
        var diagnostics = new DiagnosticBag();
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Content, ContentPaths.ReadingsFolder), ContentPaths.MetadataFile, SearchOption.AllDirectories))
            texts.AddRange(YamlContentReader.ReadFile<ReadingMetadata>(file, file, diagnostics)!.Notes.Select(n => n.Text!));
        texts.AddRange(YamlContentReader.ReadFile<List<GlossaryEntry>>(Path.Combine(RepoPaths.Content, ContentPaths.GlossaryFile), "g", diagnostics)!
            .SelectMany(e => new[] { e.Definition, e.Note }).OfType<string>());

        var plain = texts.Where(PlainMarkdown.IsPlain).ToList();
        Assert.True(plain.Count > texts.Count / 2, $"{plain.Count} of {texts.Count} texts are plain");
        foreach (var text in plain) Assert.Equal(Markdig(text), PlainMarkdown.ToHtml(text));
    }

    [Fact]
    public void Random_plain_texts_render_as_Markdig_renders_them()
    {
        const string alphabet = "aZ09 .,;:'\"()/?-+=@$%^{}é—“”\u00a0\u007f\u0085\u2028\ufeff";
        var random = new Random(8);
        var plain = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (!PlainMarkdown.IsPlain(text)) continue;
            plain++;
            Assert.Equal(Markdig(text), PlainMarkdown.ToHtml(text));
        }
        Assert.True(plain > 5_000, $"only {plain} plain texts");
    }

    [Theory]
    [InlineData("- an item")]
    [InlineData("+ an item")]
    [InlineData("2021. The year")]
    [InlineData("1) first")]
    [InlineData("===")]
    [InlineData("a *stressed* word")]
    [InlineData("a_b_c")]
    [InlineData("[a link](https://example.org)")]
    [InlineData("<https://example.org>")]
    [InlineData("AT&amp;T")]
    [InlineData("`code`")]
    [InlineData("a \\* b")]
    [InlineData("# heading")]
    [InlineData("one\ntwo")]
    [InlineData("    indented")]
    [InlineData("trailing  ")]
    [InlineData("a\tb")]
    [InlineData("nul\0")]
    public void Text_Markdig_may_read_as_syntax_is_not_plain(string text) => Assert.False(PlainMarkdown.IsPlain(text));

    [Fact]
    public void Plain_notes_still_render_through_MarkdownText() =>
        Assert.Equal("<p>The &quot;elite&quot; (sic)</p>", MarkdownText.ToHtml("The \"elite\" (sic)", new LinkBuilder("/", null)));
}
