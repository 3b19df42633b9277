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
        if (s.Author is not null) b.Text(CitationStyles.Sentence(s.Author) + " ");
        b.Text("(" + date + "). ");
        b.Italic(s.Title);
        b.Text(s.Paragraph is null ? ". " : " (para. " + s.Paragraph + "). ");
        b.Text(CitationStyles.Sentence(s.Container) + " ");
        return b.Text(s.Url).Build();
    }
}
