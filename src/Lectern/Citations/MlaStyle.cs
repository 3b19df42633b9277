namespace Lectern.Citations;

/// <summary>MLA (9th ed.): Author. “Title.” Day Mon. Year. <i>Site</i>, para. N, URL.</summary>
public sealed class MlaStyle : ICitationStyle
{
    private static readonly string[] Months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public string Id => "mla";
    public string Label => "MLA";

    public Citation Format(CitationSubject s)
    {
        var b = new CitationBuilder();
        if (s.Author is not null) b.Sentence(s.Author).Text(" ");
        b.Text("“").Sentence(s.Title).Text("” ");
        var date = s.ParsedDate is { } d ? $"{d.Day} {Months[d.Month - 1]} {d.Year}" : s.Date;
        if (date is not null) b.Sentence(date).Text(" ");
        b.Italic(s.Container);
        if (s.Paragraph is not null) b.Text(", para. ").Text(s.Paragraph);
        return b.Text(", ").Url(s).Text(".").Build();
    }
}
