using Lectern.Diagnostics;
using Lectern.Glossary;

namespace Lectern.Stages.Load;

/// <summary>Reads <c>glossary.yml</c> (a list of entries) and checks what YAML alone cannot.</summary>
public static class GlossaryLoader
{
    public static GlossaryIndex Load(string path, DiagnosticBag diagnostics)
    {
        var display = ContentPaths.Display(path);
        if (!File.Exists(path)) return new GlossaryIndex(display, []);

        var entries = YamlContentReader.Read<List<GlossaryEntry>>(File.ReadAllText(path), display, diagnostics) ?? [];
        Validate(entries, display, diagnostics);
        return new GlossaryIndex(display, entries);
    }

    private static void Validate(List<GlossaryEntry> entries, string path, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        var forms = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Id))
                Error(DiagnosticCodes.GlossaryMissingField, entry, "the entry has no 'id'; give it a slug such as 'political-bureau'");
            else if (!ids.TryAdd(entry.Id, entry))
                Error(DiagnosticCodes.GlossaryDuplicateId, entry, $"duplicate id '{entry.Id}' (first at line {ids[entry.Id].Line}); ids must be unique");

            if (string.IsNullOrWhiteSpace(entry.Term))
                Error(DiagnosticCodes.GlossaryMissingField, entry, $"entry '{entry.Id}' has no 'term'");
            if (string.IsNullOrWhiteSpace(entry.Definition))
                Error(DiagnosticCodes.GlossaryMissingField, entry, $"entry '{entry.Id}' has no 'definition'");

            foreach (var form in entry.Forms.Prepend(entry.Term).Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (forms.TryGetValue(form, out var other) && other != entry)
                    Error(DiagnosticCodes.GlossarySharedForm, entry, $"the form '{form}' is also listed by entry '{other.Id}' (line {other.Line}); a form may belong to one entry");
                else
                    forms[form] = entry;
            }
        }

        void Error(string code, GlossaryEntry entry, string message) =>
            diagnostics.Add(Diagnostic.Error(code, path, entry.Line, entry.Column, message));
    }
}
