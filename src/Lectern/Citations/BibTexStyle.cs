using System.Text;

namespace Lectern.Citations;

/// <summary>A BibTeX <c>@misc</c> entry (also read by biblatex), keyed by the reading's slug and paragraph.</summary>
public sealed class BibTexStyle : ICitationStyle
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public string Id => "bibtex";
    public string Label => "BibTeX";

    public Citation Format(CitationSubject s)
    {
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(s.Key).Append(s.Paragraph is null ? "" : "-p" + s.Paragraph).Append(",\n");
        // Double braces keep BibTeX from re-casing the title or splitting a corporate author into names.
        if (s.Author is not null) Field("author", "{" + Escape(s.Author) + "}");
        Field("title", "{" + Escape(s.Title) + "}");
        Field("howpublished", Escape(s.Container));
        if (s.Year is not null) Field("year", s.Year);
        if (s.ParsedDate is { } d)
        {
            sb.Append("  month = ").Append(Months[d.Month - 1]).Append(",\n");
            Field("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        Field("url", s.Url);
        if (s.Paragraph is not null) Field("note", "Paragraph " + s.Paragraph);
        sb.Append('}');
        return new CitationBuilder().Text(sb.ToString()).Build();

        void Field(string name, string value) => sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
    }

    /// <summary>Escapes the characters that are special to (La)TeX in a field's text.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
