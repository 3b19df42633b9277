using System.Text;
using AngleSharp.Dom;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The source words of one paragraph as a string, with the text nodes they come from. Apparatus
/// (<c>[data-ui]</c>) is left out, so offsets count only the reader's text, however many elements
/// earlier passes have wrapped around its words.
/// </summary>
public sealed class ParagraphText
{
    private readonly List<(IText Node, int Start)> _nodes = [];

    private ParagraphText(IElement paragraph)
    {
        var sb = new StringBuilder();
        Collect(paragraph, sb);
        Text = sb.ToString();
    }

    public string Text { get; }

    public static ParagraphText Of(IElement paragraph) => new(paragraph);

    /// <summary>The <see cref="Text"/> of <paramref name="paragraph"/>, without recording its text nodes when it is only one.</summary>
    public static string TextOf(IElement paragraph) =>
        paragraph.ChildNodes.Length == 1 && paragraph.FirstChild is IText only ? only.Data : Of(paragraph).Text;

    private void Collect(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _nodes.Add((text, sb.Length));
                sb.Append(text.Data);
            }
            else if (child is IElement element && !element.HasAttribute("data-ui"))
                Collect(element, sb);
        }
    }

    /// <summary>
    /// Wraps the characters <paramref name="start"/>..<paramref name="end"/> in elements made by
    /// <paramref name="create"/>: one element when the range lies under one parent (the usual case),
    /// else one per text node, so no element is ever split or mis-nested. Returns the wrappers in order.
    /// </summary>
    public IReadOnlyList<IElement> Wrap(int start, int end, Func<IElement> create)
    {
        var inside = new List<IText>();
        foreach (var (node, nodeStart) in _nodes)
        {
            var nodeEnd = nodeStart + node.Data.Length;
            if (nodeEnd <= start || nodeStart >= end) continue;
            var piece = node;
            if (start > nodeStart) piece = piece.Split(start - nodeStart);
            var pieceStart = Math.Max(start, nodeStart);
            if (end < nodeEnd) piece.Split(end - pieceStart);
            inside.Add(piece);
        }
        if (inside.Count == 0) return [];

        var first = inside[0];
        var last = inside[^1];
        if (first.Parent == last.Parent)
            return [WrapSiblings(first, last, create())];
        return inside.Select(t => WrapSiblings(t, t, create())).ToList();
    }

    private static IElement WrapSiblings(INode first, INode last, IElement wrapper)
    {
        first.Parent!.InsertBefore(wrapper, first);
        for (INode? node = first; node is not null;)
        {
            var next = node.NextSibling;
            wrapper.AppendChild(node);
            if (node == last) break;
            node = next;
        }
        return wrapper;
    }
}
