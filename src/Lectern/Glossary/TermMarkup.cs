using System.Text;
using Lectern.Links;
using Lectern.Markup;

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

    /// <summary>The id of an entry's definition in the reading page's list of terms.</summary>
    public static string DefinitionId(string entryId) => "gloss-" + entryId;

    /// <summary>The markup around the words of an occurrence of <paramref name="entry"/>: the same for every such occurrence.</summary>
    public static (string Open, string Close) Tags(GlossaryEntry entry, bool active, bool repeat, LinkBuilder links)
    {
        var open = new StringBuilder(active ? "<a" : "<span")
            .Append(" class=\"term\" data-term=\"").Append(HtmlAttribute.Escape(entry.Id)).Append('"');
        if (repeat) open.Append(" data-term-repeat=\"\"");
        if (active)
        {
            open.Append(" href=\"").Append(HtmlAttribute.Escape(links.GlossaryEntry(entry.Id))).Append('"')
                .Append(" aria-describedby=\"").Append(HtmlAttribute.Escape(DefinitionId(entry.Id))).Append('"');
        }
        return (open.Append('>').ToString(), active ? "</a>" : "</span>");
    }

    /// <summary>
    /// Marks terms in a short plain text outside the paragraphs (the dateline, the end mark), as its
    /// own section; returns HTML.
    /// </summary>
    public static string MarkPlainText(string text, GlossaryIndex glossary, TermMarking marking, LinkBuilder links) =>
        MarkPlainText(text, glossary.Matcher.Find(text), glossary, marking, links);

    /// <param name="matches">The glossary's matches in <paramref name="text"/>, for a caller that has them already.</param>
    public static string MarkPlainText(string text, IReadOnlyList<TermMatch> matches, GlossaryIndex glossary, TermMarking marking, LinkBuilder links)
    {
        using var writer = new StringWriter();
        WritePlainText(writer, text, matches, glossary, marking, links);
        return writer.ToString();
    }

    /// <summary>Writes what <see cref="MarkPlainText(string, IReadOnlyList{TermMatch}, GlossaryIndex, TermMarking, LinkBuilder)"/> returns, straight into a page.</summary>
    public static void WritePlainText(TextWriter writer, string text, IReadOnlyList<TermMatch> matches, GlossaryIndex glossary, TermMarking marking, LinkBuilder links)
    {
        var tags = glossary.Tags(links);
        var wraps = new TextWrap[matches.Count];
        for (var i = 0; i < wraps.Length; i++)
        {
            var m = matches[i];
            wraps[i] = new TextWrap(m.Start, m.End, tags.For(m.Entry, marking.IsActive(RepeatsEarlier(matches, i)), RepeatsEarlier(matches, i)));
        }
        MarkupOverlay.WriteWrapped(text, wraps, writer);
    }

    // A short text has a few matches: looking back is cheaper than a set of the entries seen.
    private static bool RepeatsEarlier(IReadOnlyList<TermMatch> matches, int index)
    {
        for (var j = 0; j < index; j++)
            if (string.Equals(matches[j].Entry.Id, matches[index].Entry.Id, StringComparison.Ordinal)) return true;
        return false;
    }
}
