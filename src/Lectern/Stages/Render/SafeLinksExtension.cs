using Lectern.Links;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lectern.Stages.Render;

/// <summary>
/// A Markdig extension that makes links and images whose URL the <see cref="UrlPolicy"/> rejects
/// inert: the link is dropped and its text kept, so <c>[x](javascript:alert(1))</c> renders as "x".
/// </summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Neutralise;
        pipeline.DocumentProcessed += Neutralise;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static readonly MarkdownPipeline Unfiltered = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The URLs a Markdown text links to that this extension will drop, in document order, for warnings.</summary>
    public static IReadOnlyList<string> UnsafeUrls(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown)
            ? []
            : Markdown.Parse(markdown, Unfiltered).Descendants<Inline>().Select(UrlOf)
                .Where(u => !UrlPolicy.IsAllowed(u)).Select(u => u!).ToList();

    private static string? UrlOf(Inline inline) => inline switch
    {
        LinkInline link => link.Url,
        AutolinkInline auto => auto.Url,
        _ => null,
    };

    private static void Neutralise(MarkdownDocument document)
    {
        // Found first, changed after: unwrapping a link moves its children. Almost every document has none.
        List<Inline>? unsafeInlines = null;
        MarkdownInlines.ForEach(document, ref unsafeInlines, static (Inline inline, ref List<Inline>? found) =>
        {
            if (inline is LinkInline or AutolinkInline && !UrlPolicy.IsAllowed(UrlOf(inline))) (found ??= []).Add(inline);
        });
        if (unsafeInlines is null) return;
        foreach (var inline in unsafeInlines)
        {
            switch (inline)
            {
                case AutolinkInline auto:
                    auto.ReplaceBy(new LiteralInline(auto.Url));
                    break;
                case LinkInline link:
                    Unwrap(link);
                    break;
            }
        }
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
