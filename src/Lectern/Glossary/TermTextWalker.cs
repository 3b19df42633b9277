using AngleSharp.Dom;

namespace Lectern.Glossary;

/// <summary>
/// Finds terms in the text nodes of an element, skipping what must never hold a term (links, code,
/// headings, apparatus, other terms), and wraps them. Callers collect all matches first, then change
/// the tree, so the walk never sees its own edits.
/// </summary>
public static class TermTextWalker
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "code", "pre", "kbd", "samp", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static List<(IText Node, IReadOnlyList<TermMatch> Matches)> Find(IElement root, TermMatcher matcher)
    {
        var found = new List<(IText, IReadOnlyList<TermMatch>)>();
        Collect(root, matcher, found);
        return found;
    }

    // A plain recursive walk: an AngleSharp TreeWalker stays attached to its document, and every later
    // change to the tree would visit every walker ever made.
    private static void Collect(INode parent, TermMatcher matcher, List<(IText, IReadOnlyList<TermMatch>)> found)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                var matches = matcher.Find(text.Data);
                if (matches.Count > 0) found.Add((text, matches));
            }
            else if (node is IElement element && !IsSkipped(element))
                Collect(element, matcher, found);
        }
    }

    /// <summary>
    /// Wraps each match of <paramref name="node"/> in the element <paramref name="create"/> makes for its
    /// index: the node is replaced, in one change to the tree, by its text cut at the matches.
    /// </summary>
    public static void Wrap(IText node, IReadOnlyList<TermMatch> matches, Func<int, IElement> create)
    {
        var document = node.Owner!;
        var text = node.Data;
        var pieces = new List<INode>(matches.Count * 2 + 1);
        var at = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (match.Start > at) pieces.Add(document.CreateTextNode(text[at..match.Start]));
            var element = create(i);
            element.AppendChild(document.CreateTextNode(text[match.Start..match.End]));
            pieces.Add(element);
            at = match.End;
        }
        if (at < text.Length) pieces.Add(document.CreateTextNode(text[at..]));
        node.ReplaceWith([.. pieces]);
    }

    private static bool IsSkipped(IElement e) =>
        SkippedElements.Contains(e.LocalName) || e.HasAttribute("data-ui") || e.HasAttribute("data-term");
}
