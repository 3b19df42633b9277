namespace Lectern.Citations;

/// <summary>A citation style: Chicago, MLA, APA or BibTeX.</summary>
public interface ICitationStyle
{
    /// <summary>A short stable id, used in element ids (<c>cite-chicago</c>).</summary>
    string Id { get; }
    string Label { get; }
    Citation Format(CitationSubject subject);
}

public static class CitationStyles
{
    public static IReadOnlyList<ICitationStyle> All { get; } = [new ChicagoStyle(), new MlaStyle(), new ApaStyle(), new BibTexStyle()];

    /// <summary>Whether the text ends with punctuation that ends a sentence (else a citation adds a period).</summary>
    internal static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
