using System.Globalization;

namespace Lectern.Citations;

/// <summary>APA (7th ed.): Author. (Year, Month Day). <i>Title</i> (para. N). Site. URL</summary>
public sealed class ApaStyle : ICitationStyle
{
    public string Id => "apa";
    public string Label => "APA";

    public Citation Format(CitationSubject s)
    {
        var b = new CitationBuilder();
        var date = s.ParsedDate?.ToString("yyyy, MMMM d", CultureInfo.InvariantCulture) ?? s.Year ?? "n.d.";
        if (s.Author is not null) b.Sentence(s.Author).Text(" ");
        b.Text("(").Text(date).Text("). ");
        b.Italic(s.Title);
        if (s.Paragraph is null) b.Text(". ");
        else b.Text(" (para. ").Text(s.Paragraph).Text("). ");
        b.Sentence(s.Container).Text(" ");
        return b.Url(s).Build();
    }
}
