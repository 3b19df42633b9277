using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Stages.Link;

/// <summary>
/// Warns about glossary entries that match nothing in any reading: not in a paragraph (the
/// concordance), nor in a title, dateline or end mark.
/// </summary>
public static class UnusedGlossaryEntries
{
    public static void Report(Site site, IEnumerable<string> inParagraphs, DiagnosticBag diagnostics)
    {
        var glossary = site.Glossary;
        var used = new HashSet<string>(inParagraphs, StringComparer.Ordinal);
        if (glossary.Entries.All(e => used.Contains(e.Id))) return;
        foreach (var reading in site.Readings)
            foreach (var text in new[] { reading.Title, reading.Clean?.Dateline, reading.Clean?.EndMark })
                if (!string.IsNullOrEmpty(text))
                    used.UnionWith(glossary.Matcher.Find(text).Select(m => m.Entry.Id));

        foreach (var entry in glossary.Entries.Where(e => !used.Contains(e.Id)))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.GlossaryUnused, glossary.Path, entry.Line, entry.Column,
                $"entry '{entry.Id}' matches nothing in any reading; check its term and forms, or remove it"));
    }
}
