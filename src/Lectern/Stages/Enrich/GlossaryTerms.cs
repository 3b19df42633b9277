using Lectern.Documents;
using Lectern.Glossary;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Marks glossary terms in the paragraphs (one scan per text node with the glossary's shared matcher)
/// and records every occurrence for the concordance. Which occurrences are live links follows
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
        var seen = new HashSet<(int Section, string Entry)>();
        for (var i = 0; i < context.Paragraphs.Count; i++)
        {
            var number = i + 1;
            var section = SectionOf(context.Sections, number);
            foreach (var (node, matches) in TermTextWalker.Find(context.Paragraphs[i], glossary.Matcher))
            {
                var repeats = matches.Select(m => !seen.Add((section, m.Entry.Id))).ToList();
                context.Terms.AddRange(matches.Select(m => new TermOccurrence(m.Entry.Id, number)));
                TermTextWalker.Wrap(node, matches, k =>
                    TermMarkup.Create(context.Document, matches[k].Entry, marking.IsActive(repeats[k]), repeats[k], context.Links));
            }
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
