using AngleSharp.Dom;
using Lectern.Markup;

namespace Lectern.Glossary;

/// <summary>
/// Finds terms in the text nodes of an element, skipping what must never hold a term (links, code,
/// headings, apparatus, other terms). The terms are written around the words by a
/// <see cref="MarkupOverlay"/>, so the tree itself never changes. A wrap the overlay already holds on a
/// text node (a note's quote) bounds terms as an element would: a term lies inside it or outside it,
/// and its edges are the edges of a text.
/// </summary>
public static class TermTextWalker
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "kbd", "samp", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>The text nodes under <paramref name="root"/> that hold terms, in document order, each with its terms.</summary>
    public static List<(IText Node, TermMatch[] Matches)> Find(IElement root, TermMatcher matcher)
    {
        var found = new List<(IText, TermMatch[])>();
        Collect(root, matcher, null, [], found);
        return found;
    }

    /// <summary>
    /// As <see cref="Find(IElement, TermMatcher)"/>, into <paramref name="found"/>, with terms kept inside or outside the
    /// wraps <paramref name="overlay"/> holds; <paramref name="buffer"/> collects each node's matches. A pass over many
    /// paragraphs reuses both.
    /// </summary>
    public static void Find(IElement root, TermMatcher matcher, MarkupOverlay overlay, List<TermMatch> buffer, List<(IText Node, TermMatch[] Matches)> found) =>
        Collect(root, matcher, overlay, buffer, found);

    // A plain recursive walk: an AngleSharp TreeWalker stays attached to its document, and every later
    // change to the tree would visit every walker ever made.
    // One buffer for the matches of every text node; a node with terms keeps an array of exactly its own.
    private static void Collect(INode parent, TermMatcher matcher, MarkupOverlay? overlay, List<TermMatch> buffer, List<(IText, TermMatch[])> found)
    {
        // By index: AngleSharp's NextSibling searches the parent's children.
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                buffer.Clear();
                FindIn(text, matcher, overlay is null ? default : overlay.WrapsOf(text), buffer);
                if (buffer.Count > 0) found.Add((text, buffer.ToArray()));
            }
            else if (node is IElement element && !IsSkipped(element))
                Collect(element, matcher, overlay, buffer, found);
        }
    }

    // Each stretch between two edges of the node's wraps is matched as a text of its own.
    private static void FindIn(IText node, TermMatcher matcher, ReadOnlySpan<TextWrap> wraps, List<TermMatch> buffer)
    {
        var text = node.Data;
        for (var at = 0; at < text.Length;)
        {
            var next = text.Length;
            foreach (var wrap in wraps)
            {
                if (wrap.Start > at) next = Math.Min(next, wrap.Start);
                else if (wrap.End > at) next = Math.Min(next, wrap.End);
            }
            matcher.Find(text, at, next, buffer);
            at = next;
        }
    }

    private static bool IsSkipped(IElement e) =>
        SkippedElements.Contains(e.LocalName) || e.HasAttribute("data-ui") || e.HasAttribute("data-term");
}
