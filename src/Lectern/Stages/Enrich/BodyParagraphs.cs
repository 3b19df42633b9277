using AngleSharp.Dom;
using Lectern.Documents;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The body's numbered blocks as the passes see them: the paragraphs and list items of the body AngleSharp parsed
/// from Markdig's HTML, in reading order, by index (0 is <c>p-1</c>), and the document's own headings beside them;
/// with the <see cref="MarkupOverlay"/> that passes add to. What passes add goes into markup around a block or its
/// text, never into the text; the body is written with it.
/// </summary>
public sealed class BodyParagraphs : HtmlBody
{
    private readonly IElement _body;
    private readonly List<IElement> _paragraphs;

    public BodyParagraphs(IElement body)
    {
        _body = body;
        (_paragraphs, Headings) = Blocks(body);
        // Sized for the paragraphs, which all hold apparatus.
        Overlay = new MarkupOverlay(_paragraphs.Count);
    }

    /// <summary>What passes add without changing the tree, written with the body.</summary>
    public MarkupOverlay Overlay { get; }

    public int Count => _paragraphs.Count;

    /// <summary>The document's own headings (<c>h2</c> to <c>h6</c>), in reading order, each with the number of the block after it.</summary>
    public IReadOnlyList<(IElement Heading, int NextParagraph)> Headings { get; }

    public IElement Element(int index) => _paragraphs[index];

    /// <summary>The paragraph's source words (apparatus left out), as offsets into it count.</summary>
    public string TextOf(int index) => ParagraphText.TextOf(_paragraphs[index]);

    /// <summary>Whether the paragraph's text is one run of text, which <see cref="Wrap"/> can wrap; else only its <see cref="Element"/> can.</summary>
    public bool IsOneText(int index) => OnlyText(index) is not null;

    /// <summary>The wraps of a paragraph that <see cref="IsOneText"/>, in the order they are written.</summary>
    public ReadOnlySpan<TextWrap> WrapsOf(int index) => Overlay.WrapsOf(OnlyText(index)!);

    /// <summary>Wraps ranges of the text of a paragraph that <see cref="IsOneText"/>, as <see cref="MarkupOverlay.Wrap(IText, TextWrap[])"/> does.</summary>
    public void Wrap(int index, TextWrap[] wraps) => Overlay.Wrap(OnlyText(index)!, wraps);

    /// <summary>Writes <paramref name="markup"/> just inside the paragraph's tags, inside what earlier calls added there.</summary>
    public void AddAtEdges(int index, EdgeMarkup markup) => Overlay.AddAtEdges(_paragraphs[index], markup);

    /// <summary>Writes <paramref name="markup"/> right before the paragraph's start tag.</summary>
    public void AddBefore(int index, string markup) => Overlay.AddBefore(_paragraphs[index], markup);

    public override void WriteTo(TextWriter writer) => Overlay.WriteChildren(_body, writer);

    private IText? OnlyText(int index) =>
        _paragraphs[index] is { ChildNodes.Length: 1, FirstChild: IText only } ? only : null;

    private static (List<IElement>, List<(IElement, int)>) Blocks(IElement body)
    {
        var children = body.ChildNodes;
        var paragraphs = new List<IElement>(children.Length / 2 + 1);
        var headings = new List<(IElement, int)>();
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element) continue;
            switch (element.LocalName)
            {
                case "p":
                    paragraphs.Add(element);
                    break;
                case "ol" or "ul":
                    foreach (var item in element.Children)
                        if (item.LocalName == "li") paragraphs.Add(item);
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    headings.Add((element, paragraphs.Count + 1));
                    break;
            }
        }
        return (paragraphs, headings);
    }
}
