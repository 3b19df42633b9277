using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using Lectern.Glossary;

namespace Lectern.Stages.Load;

/// <summary>Reads <c>glossary.yml</c> (a list of entries) and checks what YAML alone cannot.</summary>
public static partial class GlossaryLoader
{
    public static GlossaryIndex Load(string path, DiagnosticBag diagnostics)
    {
        var display = ContentPaths.Display(path);
        if (!File.Exists(path)) return new GlossaryIndex(display, []);
        return Index(YamlContentReader.ReadFile<List<GlossaryEntry>>(path, display, diagnostics), display, diagnostics);
    }

    /// <summary>Reads glossary YAML already in memory; <paramref name="display"/> names it in diagnostics.</summary>
    public static GlossaryIndex Parse(string yaml, string display, DiagnosticBag diagnostics) =>
        Index(YamlContentReader.Read<List<GlossaryEntry>>(yaml, display, diagnostics), display, diagnostics);

    private static GlossaryIndex Index(List<GlossaryEntry>? entries, string display, DiagnosticBag diagnostics)
    {
        entries ??= [];
        Validate(entries, display, diagnostics);
        return new GlossaryIndex(display, entries);
    }

    /// <summary>site.yml's <c>glossary.marking</c> must name a known policy.</summary>
    public static void CheckMarking(Documents.SiteConfig config, string sitePath, DiagnosticBag diagnostics)
    {
        if (TermMarkings.ByName.ContainsKey(config.Glossary.Marking.Trim())) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.GlossaryInvalidMarking, sitePath, 1, 1,
            $"glossary.marking '{config.Glossary.Marking}' is not known; use {string.Join(", ", TermMarkings.ByName.Keys)}"));
    }

    private static void Validate(List<GlossaryEntry> entries, string path, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        var forms = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id))
                Error(DiagnosticCodes.GlossaryMissingField, entry, "the entry has no 'id'; give it a slug such as 'political-bureau'");
            else if (!Slug().IsMatch(entry.Id))
                Error(DiagnosticCodes.GlossaryInvalidId, entry, $"the id '{entry.Id}' is not a slug; use lower-case letters, digits and hyphens");
            else if (!ids.TryAdd(entry.Id, entry))
                Error(DiagnosticCodes.GlossaryDuplicateId, entry, $"duplicate id '{entry.Id}' (first at line {ids[entry.Id].Line}); ids must be unique");

            if (string.IsNullOrWhiteSpace(entry.Term))
                Error(DiagnosticCodes.GlossaryMissingField, entry, $"entry '{entry.Id}' has no 'term'");
            if (string.IsNullOrWhiteSpace(entry.Definition))
                Error(DiagnosticCodes.GlossaryMissingField, entry, $"entry '{entry.Id}' has no 'definition'");
            if (!entry.Sources.Any(s => !string.IsNullOrWhiteSpace(s.Url)))
                Error(DiagnosticCodes.GlossaryMissingSource, entry, $"entry '{entry.Id}' names no source; add 'sources' with the title and url of a public reference");

            foreach (var form in entry.Forms.Prepend(entry.Term).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (forms.TryGetValue(form, out var other) && other != entry)
                    Error(DiagnosticCodes.GlossarySharedForm, entry, $"the form '{form}' is also listed by entry '{other.Id}' (line {other.Line}); a form may belong to one entry");
                else
                    forms[form] = entry;
            }
        }

        foreach (var entry in entries)
            foreach (var related in entry.Related.Where(r => !ids.ContainsKey(r)))
                Error(DiagnosticCodes.GlossaryUnknownRelated, entry, $"entry '{entry.Id}' lists the related entry '{related}', which does not exist; use the id of another entry");

        void Error(string code, GlossaryEntry entry, string message) =>
            diagnostics.Add(Diagnostic.Error(code, path, entry.Line, entry.Column, message));
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
