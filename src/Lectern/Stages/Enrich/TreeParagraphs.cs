using AngleSharp.Dom;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>The paragraphs of a parsed body (any markup Markdig wrote), with the <see cref="MarkupOverlay"/> that passes add to.</summary>
public sealed class TreeParagraphs : BodyParagraphs
{
    private readonly IElement _body;
    private readonly List<IElement> _paragraphs;

    public TreeParagraphs(IElement body)
    {
        _body = body;
        _paragraphs = ChildParagraphs(body);
        // Sized for the paragraphs, which all hold apparatus.
        Overlay = new MarkupOverlay(_paragraphs.Count);
    }

    /// <summary>What passes add without changing the tree, written with the body.</summary>
    public MarkupOverlay Overlay { get; }

    public override int Count => _paragraphs.Count;

    public override IElement Element(int index) => _paragraphs[index];

    public override string TextOf(int index) => ParagraphText.TextOf(_paragraphs[index]);

    public override bool IsOneText(int index) => OnlyText(index) is not null;

    public override ReadOnlySpan<TextWrap> WrapsOf(int index) => Overlay.WrapsOf(OnlyText(index)!);

    public override void Wrap(int index, TextWrap[] wraps) => Overlay.Wrap(OnlyText(index)!, wraps);

    public override void AddAtEdges(int index, EdgeMarkup markup) => Overlay.AddAtEdges(_paragraphs[index], markup);

    public override void AddBefore(int index, string markup) => Overlay.AddBefore(_paragraphs[index], markup);

    public override void WriteTo(TextWriter writer) => Overlay.WriteChildren(_body, writer);

    private IText? OnlyText(int index) =>
        _paragraphs[index] is { ChildNodes.Length: 1, FirstChild: IText only } ? only : null;

    private static List<IElement> ChildParagraphs(IElement body)
    {
        var children = body.ChildNodes;
        var paragraphs = new List<IElement>(children.Length / 2 + 1);
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement { LocalName: "p" } p) paragraphs.Add(p);
        return paragraphs;
    }
}
