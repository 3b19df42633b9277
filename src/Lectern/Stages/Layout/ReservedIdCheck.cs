using Lectern.Links;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Enrich;

namespace Lectern.Stages.Layout;

/// <summary>
/// Reports a content id that the theme's pages use too (<see cref="ThemeIds"/>): a note, an outline section or
/// a glossary entry with the id <c>toc</c> or <c>cite-dialog</c> would make a page with two such elements.
/// Each is an error at the entry that sets it.
/// </summary>
public static class ReservedIdCheck
{
    public static void CheckGlossary(GlossaryIndex glossary, ThemeIds theme, DiagnosticBag diagnostics)
    {
        foreach (var entry in glossary.Entries)
            Check(theme, entry.Id, "glossary id", glossary.Path, entry, diagnostics);
    }

    public static void CheckReading(Reading reading, ThemeIds theme, DiagnosticBag diagnostics)
    {
        var metadata = reading.Metadata;
        for (var i = 0; i < metadata.Outline.Count; i++)
        {
            var section = metadata.Outline[i];
            // A section without an id takes the slug of its title, as the page does.
            var id = string.IsNullOrWhiteSpace(section.Id) ? SectionIds.Slug(section.Title, i + 1) : section.Id.Trim();
            Check(theme, id, string.IsNullOrWhiteSpace(section.Id) ? "section id (made from its title)" : "section id", reading.MetadataPath, section, diagnostics);
        }
        foreach (var note in metadata.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Id)))
            Check(theme, note.Id!.Trim(), "note id", reading.MetadataPath, note, diagnostics);
    }

    private static void Check(ThemeIds theme, string id, string what, string path, IHasSourcePosition where, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrEmpty(id) || theme.Clash(id) is not { } clash) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ReservedId, path, Math.Max(where.Line, 1), Math.Max(where.Column, 1),
            $"the {what} '{id}' is taken: {clash}, and a page cannot have two elements with one id; choose another id"));
    }
}
