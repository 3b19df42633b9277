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
        var matches = new List<TermMatch>();
        var nodes = new List<(IText Node, int Count)>();
        Collect(root, matcher, null, matches, nodes);
        var found = new List<(IText, TermMatch[])>(nodes.Count);
        var at = 0;
        foreach (var (node, count) in nodes)
        {
            found.Add((node, matches.GetRange(at, count).ToArray()));
            at += count;
        }
        return found;
    }

    /// <summary>
    /// As <see cref="Find(IElement, TermMatcher)"/>, with terms kept inside or outside the wraps <paramref name="overlay"/>
    /// holds: the terms of every node go into <paramref name="matches"/> in document order, and each node that holds
    /// terms into <paramref name="nodes"/> with how many of them are its own. A pass over many paragraphs reuses both lists.
    /// </summary>
    public static void Find(IElement root, TermMatcher matcher, MarkupOverlay overlay, List<TermMatch> matches, List<(IText Node, int Count)> nodes) =>
        Collect(root, matcher, overlay, matches, nodes);

    // A plain recursive walk: an AngleSharp TreeWalker stays attached to its document, and every later
    // change to the tree would visit every walker ever made.
    private static void Collect(INode parent, TermMatcher matcher, MarkupOverlay? overlay, List<TermMatch> matches, List<(IText, int)> nodes)
    {
        // By index: AngleSharp's NextSibling searches the parent's children.
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                var before = matches.Count;
                Find(text.Data, matcher, overlay is null ? default : overlay.WrapsOf(text), matches);
                if (matches.Count > before) nodes.Add((text, matches.Count - before));
            }
            else if (node is IElement element && !IsSkipped(element))
                Collect(element, matcher, overlay, matches, nodes);
        }
    }

    /// <summary>
    /// Adds the terms in <paramref name="text"/>, the whole text of an element, to <paramref name="matches"/>; terms lie inside
    /// or outside its <paramref name="wraps"/> (in written order) as they would inside or outside elements.
    /// </summary>
    // Each stretch between two edges of the wraps is matched as a text of its own.
    public static void Find(string text, TermMatcher matcher, ReadOnlySpan<TextWrap> wraps, List<TermMatch> matches)
    {
        for (var at = 0; at < text.Length;)
        {
            var next = text.Length;
            foreach (var wrap in wraps)
            {
                if (wrap.Start > at) next = Math.Min(next, wrap.Start);
                else if (wrap.End > at) next = Math.Min(next, wrap.End);
            }
            matcher.Find(text, at, next, matches);
            at = next;
        }
    }

    private static bool IsSkipped(IElement e) =>
        SkippedElements.Contains(e.LocalName) || e.HasAttribute("data-ui") || e.HasAttribute("data-term");
}
