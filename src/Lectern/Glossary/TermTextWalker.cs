using AngleSharp.Dom;

namespace Lectern.Glossary;

/// <summary>
/// Finds terms in the text nodes of an element, skipping what must never hold a term (links, code,
/// headings, apparatus, other terms). The terms are written around the words by a
/// <see cref="Markup.MarkupOverlay"/>, so the tree itself never changes.
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

    private static bool IsSkipped(IElement e) =>
        SkippedElements.Contains(e.LocalName) || e.HasAttribute("data-ui") || e.HasAttribute("data-term");
}
