using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The reading's sections, for the layout (table of contents) and later passes. The document's own headings
/// get slug ids and are its sections. Where it has none, the editor's outline (reading.yml <c>outline</c>) is
/// inserted as <c>h2</c> headings with slug ids and a self-link before the paragraph each section starts at; such
/// a heading is the editor's, not the source's, so it carries <c>data-ui</c>: removing <c>[data-ui]</c> from the
/// body leaves only the source's words.
/// </summary>
public sealed partial class Sections : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        if (context.Paragraphs.Headings.Count > 0)
        {
            DocumentHeadings(context);
            return;
        }
        var outline = context.Reading.Metadata.Outline;
        if (outline.Count == 0) return;

        var resolved = Resolve(outline, context.Reading.Clean?.NumberedTexts() ?? [], context.Reading.MetadataPath, context.Diagnostics);
        foreach (var section in resolved.Where(s => s.FirstParagraph <= context.Paragraphs.Count))
        {
            context.Paragraphs.AddBefore(section.FirstParagraph - 1, Heading(section));
            context.Sections.Add(section);
        }
    }

    /// <summary>Gives each of the document's headings its id (<see cref="SectionIds.ForHeadings"/>), and records it as a section.</summary>
    private static void DocumentHeadings(EnrichContext context)
    {
        var headings = context.Paragraphs.Headings;
        var titles = headings.Select(h => h.Heading.TextContent.Trim()).ToList();
        var ids = SectionIds.ForHeadings(titles);
        for (var i = 0; i < headings.Count; i++)
        {
            headings[i].Heading.Id = ids[i];
            context.Sections.Add(new SectionInfo(ids[i], titles[i], headings[i].NextParagraph));
        }
    }

    /// <summary>Finds where each section starts; reports every problem and returns only the usable sections.</summary>
    public static IReadOnlyList<SectionInfo> Resolve(IReadOnlyList<OutlineSection> outline, IReadOnlyList<string> paragraphs, string path, DiagnosticBag diagnostics)
    {
        var result = new List<SectionInfo>();
        var ids = new Dictionary<string, OutlineSection>(StringComparer.Ordinal);
        var previous = (Start: 0, Section: (OutlineSection?)null);
        for (var i = 0; i < outline.Count; i++)
        {
            var section = outline[i];
            if (string.IsNullOrWhiteSpace(section.Title) || string.IsNullOrWhiteSpace(section.Start))
            {
                Error(DiagnosticCodes.OutlineMissingField, section,
                    $"section {i + 1} needs both a 'title' and a 'start' (a paragraph number or the paragraph's opening words)");
                continue;
            }

            var start = FindStart(section, paragraphs, Error);
            var id = string.IsNullOrWhiteSpace(section.Id) ? SectionIds.Slug(section.Title, i + 1) : section.Id.Trim();
            if (!SectionIds.IsValid(id) || SectionIds.IsReserved(id))
            {
                Error(DiagnosticCodes.OutlineBadId, section,
                    $"'{id}' cannot be a section id: use lower-case letters, digits and hyphens, not 'p-N' (paragraph ids) or 'main'; set 'id' to another slug");
                continue;
            }
            if (!ids.TryAdd(id, section))
            {
                Error(DiagnosticCodes.OutlineBadId, section,
                    $"the section id '{id}' is already used by the section at line {ids[id].Line}; give one of them another 'id'");
                continue;
            }
            if (start is null) continue;
            if (start <= previous.Start)
            {
                Error(DiagnosticCodes.OutlineOutOfOrder, section,
                    $"section '{section.Title}' starts at paragraph {start}, not after the section before it (line {previous.Section!.Line}, paragraph {previous.Start}); list sections in reading order, one per starting paragraph");
                continue;
            }
            previous = (start.Value, section);
            result.Add(new SectionInfo(id, section.Title.Trim(), start.Value));
        }
        return result;

        void Error(string code, OutlineSection section, string message) =>
            diagnostics.Add(Diagnostic.Error(code, path, section.Line, section.Column, message));
    }

    private static int? FindStart(OutlineSection section, IReadOnlyList<string> paragraphs, Action<string, OutlineSection, string> error)
    {
        var start = section.Start.Trim();
        var number = ParagraphNumber().Match(start);
        if (number.Success)
        {
            if (int.TryParse(number.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= paragraphs.Count)
                return n;
            error(DiagnosticCodes.OutlineStartNotFound, section,
                $"section '{section.Title}' starts at paragraph {number.Groups[1].Value}, but the reading has paragraphs 1 to {paragraphs.Count}");
            return null;
        }

        var words = Normalize(start);
        var matches = Enumerable.Range(1, paragraphs.Count)
            .Where(n => Normalize(paragraphs[n - 1]).StartsWith(words, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count == 1) return matches[0];
        if (matches.Count == 0)
            error(DiagnosticCodes.OutlineStartNotFound, section,
                $"no paragraph opens with \"{start}\" (section '{section.Title}'); copy the opening words from `lectern clean`, or give the paragraph number");
        else
            error(DiagnosticCodes.OutlineStartAmbiguous, section,
                $"\"{start}\" opens paragraphs {DiagnosticText.Numbers(matches)} (section '{section.Title}'); quote more of the opening words, or give the paragraph number");
        return null;
    }

    /// <summary>The section's heading, written as AngleSharp writes the element it was (the paragraphs may have no tree).</summary>
    internal static string Heading(SectionInfo section)
    {
        var id = HtmlAttribute.Escape(section.Id);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("<h2 id=\"");
        writer.Write(id);
        writer.Write("\" class=\"section-heading\" data-ui=\"\" data-first-paragraph=\"");
        writer.Write(section.FirstParagraph);
        writer.Write("\">");
        HtmlText.WriteEscaped(writer, section.Title);
        writer.Write("<a href=\"#");
        writer.Write(id);
        writer.Write("\" class=\"section-link\" data-ui=\"\" aria-label=\"Link to section: ");
        writer.Write(HtmlAttribute.Escape(section.Title));
        writer.Write("\">#</a></h2>");
        return writer.ToString();
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(?:p-)?(\d+)$")]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
