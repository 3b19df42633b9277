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
        if (s.Author is not null) b.Sentence(s.Author).Text(" ");
        b.Text("“").Sentence(s.Title).Text("” ");
        // Date and paragraph, either or both: "June 30, 2021, para. 4. "
        var date = s.ParsedDate?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? s.Date;
        if (date is not null) b.Text(date);
        if (s.Paragraph is not null) b.Text(date is null ? "para. " : ", para. ").Text(s.Paragraph);
        if (date is { Length: > 0 } || s.Paragraph is not null) b.Text(". ");
        b.Text("Reproduced in ").Italic(s.Container).Text(". ");
        return b.Url(s).Text(".").Build();
    }
}
