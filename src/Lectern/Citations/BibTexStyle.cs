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
        var sb = new StringBuilder(512);
        sb.Append("@misc{").Append(s.Key);
        if (s.Paragraph is not null) sb.Append("-p").Append(s.Paragraph);
        sb.Append(",\n");
        // Double braces keep BibTeX from re-casing the title or splitting a corporate author into names.
        if (s.Author is not null) EscapedField("author", s.Author, braced: true);
        EscapedField("title", s.Title, braced: true);
        EscapedField("howpublished", s.Container, braced: false);
        if (s.Year is not null) Field("year", s.Year);
        if (s.ParsedDate is { } d)
        {
            sb.Append("  month = ").Append(Months[d.Month - 1]).Append(",\n");
            Field("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        Field("url", s.Url);
        if (s.Paragraph is not null) sb.Append("  note = {Paragraph ").Append(s.Paragraph).Append("},\n");
        sb.Append('}');
        return new CitationBuilder().Text(sb.ToString()).Build();

        void Field(string name, string value) => sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

        void EscapedField(string name, string value, bool braced)
        {
            sb.Append("  ").Append(name).Append(" = {");
            if (braced) sb.Append('{');
            AppendEscaped(sb, value);
            if (braced) sb.Append('}');
            sb.Append("},\n");
        }
    }

    /// <summary>Escapes the characters that are special to (La)TeX in a field's text.</summary>
    public static string Escape(string text) => AppendEscaped(new StringBuilder(text.Length), text).ToString();

    private static StringBuilder AppendEscaped(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\textbackslash{}"); break;
                case '{' or '}' or '&' or '%' or '$' or '#' or '_': sb.Append('\\').Append(c); break;
                case '~': sb.Append(@"\textasciitilde{}"); break;
                case '^': sb.Append(@"\textasciicircum{}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }
}
