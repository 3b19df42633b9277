using AngleSharp.Dom;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Marks glossary terms in the paragraphs, the dateline and the end mark (one scan per text node with the
/// glossary's shared matcher) and records every occurrence: the paragraphs' for the concordance, the others'
/// for the reading's list of terms. Which occurrences are live links follows
/// site.yml's <c>glossary.marking</c>; "first" is per section (<see cref="EnrichContext.Sections"/>),
/// or per reading when it has no sections.
/// </summary>
public sealed class GlossaryTerms : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        var glossary = context.Site.Glossary;
        if (glossary.Entries.Count == 0) return;

        var marking = TermMarkings.Parse(context.Site.Config.Glossary.Marking);
        var tags = glossary.Tags(context.Links);
        // Entries seen in the current section; sections follow the paragraphs in order, so a new one starts afresh.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var section = -1;
        // Every paragraph's matches, and the nodes holding them; each node gets an array of exactly its wraps.
        var matches = new List<TermMatch>();
        var nodes = new List<(AngleSharp.Dom.IText Node, int Count)>();
        var terms = context.Terms;
        var paragraphs = context.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var number = i + 1;
            if (SectionOf(context.Sections, number) is var current && current != section)
            {
                seen.Clear();
                section = current;
            }
            matches.Clear();
            if (paragraphs.IsOneText(i))
            {
                TermTextWalker.Find(paragraphs.TextOf(i), glossary.Matcher, paragraphs.WrapsOf(i), matches);
                if (matches.Count > 0) paragraphs.Wrap(i, Wraps(0, matches.Count, number));
                continue;
            }
            MarkElement(paragraphs.Element(i), number);
        }

        // The dateline and the end mark stand apart from the body's sections: each starts afresh.
        foreach (var frame in context.Frame)
        {
            seen.Clear();
            matches.Clear();
            MarkElement(frame, 0);
        }

        void MarkElement(AngleSharp.Dom.IElement element, int number)
        {
            var overlay = paragraphs.Overlay;
            nodes.Clear();
            TermTextWalker.Find(element, glossary.Matcher, overlay, matches, nodes);
            var at = 0;
            foreach (var (node, count) in nodes)
            {
                overlay.Wrap(node, Wraps(at, count, number));
                at += count;
            }
        }

        // The wraps of matches[from..from+count], one text's: each occurrence is recorded (in a paragraph, by its
        // number; in the frame, by entry), a repeat in the section marked so.
        TextWrap[] Wraps(int from, int count, int number)
        {
            var wraps = new TextWrap[count];
            for (var m = 0; m < wraps.Length; m++)
            {
                var match = matches[from + m];
                var repeat = !seen.Add(match.Entry.Id);
                if (number > 0) terms.Add(new TermOccurrence(match.Entry.Id, number));
                else context.FrameTerms.Add(match.Entry.Id);
                wraps[m] = new TextWrap(match.Start, match.End, tags.For(match.Entry, marking.IsActive(repeat), repeat));
            }
            return wraps;
        }
    }

    /// <summary>The index of the last section starting at or before paragraph <paramref name="number"/>; -1 before the first.</summary>
    public static int SectionOf(IReadOnlyList<SectionInfo> sections, int number)
    {
        var index = -1;
        for (var k = 0; k < sections.Count; k++)
            if (sections[k].FirstParagraph <= number) index = k;
        return index;
    }
}
