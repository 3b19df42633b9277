using System.Globalization;

namespace Lectern.Citations;

/// <summary>Chicago (17th ed.), bibliography form: Author. “Title.” Date, para. N. Reproduced in <i>Site</i>. URL.</summary>
public sealed class ChicagoStyle : ICitationStyle
{
    public string Id => "chicago";
    public string Label => "Chicago";

    public Citation Format(CitationSubject s)
    {
        var b = new CitationBuilder();
        if (s.Author is not null) b.Text(CitationStyles.Sentence(s.Author) + " ");
        b.Text("“" + CitationStyles.Sentence(s.Title) + "” ");
        var date = s.ParsedDate?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? s.Date;
        var located = string.Join(", ", new[] { date, s.Paragraph is null ? null : "para. " + s.Paragraph }.OfType<string>());
        if (located.Length > 0) b.Text(located + ". ");
        b.Text("Reproduced in ").Italic(s.Container).Text(". ");
        return b.Text(s.Url + ".").Build();
    }
}
