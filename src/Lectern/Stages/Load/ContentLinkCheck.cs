using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Render;

namespace Lectern.Stages.Load;

/// <summary>
/// Checks every URL an editor wrote against the <see cref="UrlPolicy"/>: a source URL that is not
/// http, https, mailto or relative is an error (it would be written as a link as is); a Markdown link
/// in a definition or note that is not allowed is a warning, as the renderer drops it and keeps its text.
/// </summary>
public static class ContentLinkCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        CheckGlossary(site.Glossary, diagnostics);
        foreach (var reading in site.Readings) CheckReading(reading, diagnostics);
    }

    public static void CheckGlossary(GlossaryIndex glossary, DiagnosticBag diagnostics)
    {
        foreach (var entry in glossary.Entries)
        {
            if (MayLink(entry.Definition))
                CheckMarkdown(entry.Definition, $"the definition of '{entry.Id}'", glossary.Path, entry, diagnostics);
            if (MayLink(entry.Note))
                CheckMarkdown(entry.Note, $"the note of '{entry.Id}'", glossary.Path, entry, diagnostics);
            CheckSources(entry.Sources, glossary.Path, entry, diagnostics);
        }
    }

    public static void CheckReading(Reading reading, DiagnosticBag diagnostics)
    {
        if (reading.Metadata.Source is { } source)
            CheckUrl(source.Url, "source.url", reading.MetadataPath, source.Line, source.Column, diagnostics);
        foreach (var note in reading.Metadata.Notes)
        {
            if (MayLink(note.Text))
                CheckMarkdown(note.Text, $"the note on '{note.Quote}'", reading.MetadataPath, note, diagnostics);
            CheckSources(note.Sources, reading.MetadataPath, note, diagnostics);
        }
    }

    private static void CheckSources(IEnumerable<SourceRef> sources, string path, IHasSourcePosition owner, DiagnosticBag diagnostics)
    {
        foreach (var source in sources)
        {
            var (line, column) = source.Line > 0 ? (source.Line, source.Column) : (owner.Line, owner.Column);
            CheckUrl(source.Url, "sources.url", path, line, column, diagnostics);
        }
    }

    private static void CheckUrl(string? url, string field, string path, int line, int column, DiagnosticBag diagnostics)
    {
        if (UrlPolicy.IsAllowed(url)) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, path, Math.Max(line, 1), Math.Max(column, 1),
            $"'{field}' is '{url}', which is not {UrlPolicy.Allowed}; use a web address such as https://..."));
    }

    /// <summary>
    /// Every link the renderer's CommonMark pipeline finds needs a '[' (inline, reference or image link)
    /// or a '&lt;' (autolink); most notes have neither, and skipping them saves a Markdig parse per note.
    /// </summary>
    private static bool MayLink(string? markdown) => markdown is not null && markdown.AsSpan().IndexOfAny('[', '<') >= 0;

    private static void CheckMarkdown(string? markdown, string what, string path, IHasSourcePosition owner, DiagnosticBag diagnostics)
    {
        IEnumerable<string> unsafeUrls;
        try
        {
            unsafeUrls = SafeLinksExtension.UnsafeUrls(markdown);
        }
        catch (ArgumentException)
        {
            // Nested deeper than Markdig reads: rendering the text reports it (LEC066), at the same place.
            return;
        }
        foreach (var url in unsafeUrls)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnsafeLinkRemoved, path, Math.Max(owner.Line, 1), Math.Max(owner.Column, 1),
                $"{what} links to '{url}'; the link is left out and its text kept, as only {UrlPolicy.Allowed} is allowed"));
    }
}
