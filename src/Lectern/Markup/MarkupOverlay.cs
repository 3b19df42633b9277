using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Lectern.Markup;

/// <summary>
/// Markup that passes add to the parsed body without changing the tree: ranges of a text node wrapped in
/// an element (glossary terms), markup just inside an element's tags (the paragraph apparatus) and markup
/// right before a node (section headings) or right after it (note markers). It is
/// written when the body is serialized. Changing an AngleSharp tree is costly (every wrapped term was a new
/// element, two text nodes and a replacement in its parent); most of what Lectern adds is only ever written.
/// </summary>
public sealed class MarkupOverlay
{
    private static readonly IMarkupFormatter Formatter = HtmlMarkupFormatter.Instance;

    private readonly Dictionary<IText, TextWrap[]> _wraps;
    private readonly Dictionary<IElement, EdgeMarkup> _edges;
    private readonly Dictionary<INode, string> _after = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<INode, string> _before = new(ReferenceEqualityComparer.Instance);
    // Elements that hold something of the overlay: written tag by tag, not handed whole to AngleSharp.
    private readonly HashSet<INode> _holders;

    /// <summary>An overlay for about <paramref name="paragraphs"/> paragraphs: its tables start at that size instead of growing to it.</summary>
    public MarkupOverlay(int paragraphs = 0)
    {
        _wraps = new(paragraphs, ReferenceEqualityComparer.Instance);
        _edges = new(paragraphs, ReferenceEqualityComparer.Instance);
        _holders = new(paragraphs, ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// Wraps characters of <paramref name="node"/> in markup, all its wraps of one pass at once (one array per node,
    /// in text order). A wrap may lie inside another (a term inside a note's quote): a wrap made earlier is written
    /// outside a later one over the same characters. Wraps that partly overlap cannot be written and are refused.
    /// </summary>
    public void Wrap(IText node, TextWrap[] wraps)
    {
        if (wraps.Length == 0) return;
        _wraps[node] = Combine(_wraps.GetValueOrDefault(node), wraps);
        MarkHolders(node.Parent);
    }

    /// <summary>
    /// The wraps of one text: <paramref name="earlier"/> (null when it has none) with <paramref name="later"/> added, as
    /// <see cref="Wrap(IText, TextWrap[])"/> keeps them; throws when they cannot be written.
    /// </summary>
    public static TextWrap[] Combine(TextWrap[]? earlier, TextWrap[] later)
    {
        var wraps = earlier is null ? later : Merge(earlier, later);
        CheckNested(wraps);
        return wraps;
    }

    /// <summary>The wraps of <paramref name="node"/> so far, in the order they are written; empty when it has none.</summary>
    public ReadOnlySpan<TextWrap> WrapsOf(IText node) =>
        _wraps.Count > 0 && _wraps.TryGetValue(node, out var wraps) ? wraps : default;

    // Both in written order (by start, the longer first); on a tie the earlier wrap goes first, outside.
    private static TextWrap[] Merge(TextWrap[] earlier, TextWrap[] later)
    {
        var merged = new TextWrap[earlier.Length + later.Length];
        int e = 0, l = 0;
        for (var k = 0; k < merged.Length; k++)
            merged[k] = l == later.Length || (e < earlier.Length && !WrittenBefore(later[l], earlier[e])) ? earlier[e++] : later[l++];
        return merged;
    }

    private static bool WrittenBefore(TextWrap a, TextWrap b) => a.Start < b.Start || (a.Start == b.Start && a.End > b.End);

    private static void CheckNested(TextWrap[] wraps)
    {
        for (var k = 1; k < wraps.Length; k++)
        {
            if (WrittenBefore(wraps[k], wraps[k - 1])) throw new ArgumentException("Wraps of a text node must come in text order.", nameof(wraps));
            // Each wrap must end before the next starts, or contain it; then it must also contain the rest of what it contains.
            for (var outer = k - 1; outer >= 0 && wraps[outer].End > wraps[k].Start; outer--)
                if (wraps[k].End > wraps[outer].End)
                    throw new ArgumentException("Wraps of a text node must not partly overlap.", nameof(wraps));
        }
    }

    /// <summary>Writes <paramref name="markup"/> just inside the element's tags, inside what earlier calls added there.</summary>
    public void AddAtEdges(IElement element, EdgeMarkup markup)
    {
        _edges[element] = _edges.TryGetValue(element, out var earlier) ? EdgeMarkup.Nested(earlier, markup) : markup;
        MarkHolders(element);
    }

    /// <summary>Writes <paramref name="markup"/> right after <paramref name="node"/> (after its end tag).</summary>
    public void AddAfter(INode node, string markup)
    {
        _after[node] = _after.TryGetValue(node, out var after) ? markup + after : markup;
        MarkHolders(node.Parent);
    }

    /// <summary>Writes <paramref name="markup"/> right before <paramref name="node"/> (before its start tag), after what earlier calls added there.</summary>
    public void AddBefore(INode node, string markup)
    {
        _before[node] = _before.TryGetValue(node, out var before) ? before + markup : markup;
        MarkHolders(node.Parent);
    }

    /// <summary>Writes the children of <paramref name="container"/> as AngleSharp serializes them, with the overlay.</summary>
    public void WriteChildren(INode container, TextWriter writer)
    {
        // By index: AngleSharp finds a node's next sibling by searching its parent's children, so a walk
        // by siblings costs the square of the body's length.
        var children = container.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            Write(children[i], writer);
    }

    /// <summary>Writes <paramref name="text"/> escaped as HTML text, with each wrap's markup around its characters (wraps in written order).</summary>
    public static void WriteWrapped(string text, ReadOnlySpan<TextWrap> wraps, TextWriter writer) =>
        WriteRange(text, 0, text.Length, wraps, 0, writer);

    // Writes text[at..end] with the wraps from wraps[next] that start before end (they lie inside it); returns the first wrap not written.
    private static int WriteRange(string text, int at, int end, ReadOnlySpan<TextWrap> wraps, int next, TextWriter writer)
    {
        while (next < wraps.Length && wraps[next].Start < end)
        {
            var wrap = wraps[next];
            HtmlText.WriteEscaped(writer, text.AsSpan(at, wrap.Start - at));
            wrap.Markup.WriteAfterStart(writer);
            next = WriteRange(text, wrap.Start, wrap.End, wraps, next + 1, writer);
            wrap.Markup.WriteBeforeEnd(writer);
            at = wrap.End;
        }
        HtmlText.WriteEscaped(writer, text.AsSpan(at, end - at));
        return next;
    }

    private void Write(INode node, TextWriter writer)
    {
        if (_before.Count > 0 && _before.TryGetValue(node, out var before)) writer.Write(before);
        WriteNode(node, writer);
        if (_after.Count > 0 && _after.TryGetValue(node, out var after)) writer.Write(after);
    }

    private void WriteNode(INode node, TextWriter writer)
    {
        if (node is IText text && node.Parent is IElement parent && _holders.Contains(parent))
        {
            if (_wraps.TryGetValue(text, out var wraps)) WriteWrapped(text.Data, wraps, writer);
            else HtmlText.WriteEscaped(writer, text.Data);
        }
        else if (node is IElement element && _holders.Contains(element))
        {
            // Holders are paragraphs and the inline elements in them: never void, never raw text, so their
            // text is escaped as AngleSharp escapes text outside script and style.
            var edges = _edges.GetValueOrDefault(element);
            HtmlTag.WriteOpen(writer, element, edges);
            edges?.WriteAfterStart(writer);
            WriteChildren(element, writer);
            edges?.WriteBeforeEnd(writer);
            HtmlTag.WriteClose(writer, element);
        }
        else node.ToHtml(writer, Formatter);
    }

    private void MarkHolders(INode? node)
    {
        for (; node is IElement element && _holders.Add(element); node = node.Parent) { }
    }
}

/// <summary>
/// Characters <see cref="Start"/>..<see cref="End"/> of a text, written between the two edges of <see cref="Markup"/>
/// (its start, then its end; its attributes are not used).
/// </summary>
public readonly record struct TextWrap(int Start, int End, EdgeMarkup Markup);
