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
}
