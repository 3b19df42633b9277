using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// What a search can land on in one reading, by hit number: first its numbered blocks (paragraphs and list items;
/// hit 0 is <c>p-1</c>), then its section headings (the document's own or the editor's outline), each with its
/// anchor on the reading page and its words.
/// </summary>
public static class SearchHits
{
    /// <param name="Anchor">The id on the reading page: <c>p-N</c>, or the section's id.</param>
    /// <param name="Section">The index of the section the hit is in (or, for a heading, its own); -1 before the first.</param>
    public readonly record struct Hit(string Anchor, int Section, string Text);

    public static List<Hit> Of(Reading reading)
    {
        var texts = reading.Clean?.NumberedTexts() ?? [];
        var sections = reading.Enrichment.Sections;
        var hits = new List<Hit>(texts.Count + sections.Count);
        var section = -1;
        for (var i = 0; i < texts.Count; i++)
        {
            while (section + 1 < sections.Count && sections[section + 1].FirstParagraph <= i + 1) section++;
            hits.Add(new Hit(LinkBuilder.ParagraphId(i + 1), section, texts[i]));
        }
        for (var s = 0; s < sections.Count; s++) hits.Add(new Hit(sections[s].Id, s, sections[s].Title));
        return hits;
    }
}
