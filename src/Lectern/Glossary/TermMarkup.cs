using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lectern.Links;

namespace Lectern.Glossary;

/// <summary>
/// The markup of a term occurrence. Every occurrence carries <c>data-term="&lt;id&gt;"</c> around the
/// source words (no <c>data-ui</c>: it adds no words). An active occurrence is a real link to the
/// glossary entry, described by the definition in the page's term list; an inactive one (a repeat
/// under first-per-section, or every one under <c>none</c>) is a plain span, neither styled nor focusable.
/// The theme script swaps the two kinds when the reader changes the setting.
/// </summary>
public static class TermMarkup
{
    /// <summary>The one shared popover element of a reading page, filled by the theme script.</summary>
    public const string PopoverId = "term-popover";

    // An owner document for the detached elements MarkPlainText builds: one per thread, as AngleSharp
    // documents are not thread-safe and pages are laid out in parallel.
    private static readonly ThreadLocal<IDocument> Scratch = new(() => new HtmlParser().ParseDocument(""));

    /// <summary>The id of an entry's definition in the reading page's list of terms.</summary>
    public static string DefinitionId(string entryId) => "gloss-" + entryId;

    public static IElement Create(IDocument document, GlossaryEntry entry, bool active, bool repeat, LinkBuilder links)
    {
        var element = document.CreateElement(active ? "a" : "span");
        element.SetAttribute("class", "term");
        element.SetAttribute("data-term", entry.Id);
        if (repeat) element.SetAttribute("data-term-repeat", "");
        if (active)
        {
            element.SetAttribute("href", links.GlossaryEntry(entry.Id));
            element.SetAttribute("aria-describedby", DefinitionId(entry.Id));
        }
        return element;
    }

    /// <summary>
    /// Marks terms in a short plain text outside the paragraphs (the dateline, the end mark), as its
    /// own section; returns HTML.
    /// </summary>
    public static string MarkPlainText(string text, GlossaryIndex glossary, TermMarking marking, LinkBuilder links)
    {
        var document = Scratch.Value!;
        var holder = document.CreateElement("span");
        holder.TextContent = text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, matches) in TermTextWalker.Find(holder, glossary.Matcher))
        {
            var repeats = matches.Select(m => !seen.Add(m.Entry.Id)).ToList();
            TermTextWalker.Wrap(node, matches, i => Create(document, matches[i].Entry, marking.IsActive(repeats[i]), repeats[i], links));
        }
        return holder.InnerHtml;
    }
}
