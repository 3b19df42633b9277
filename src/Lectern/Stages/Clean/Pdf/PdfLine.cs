using System.Globalization;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// One printed line of a PDF in reading order: its page (1-based), its column (0 when it spans the page or the
/// page has one column, 1 left, 2 right), where it starts and ends across the page and its baseline (PDF points,
/// y up), its font size in points, whether most of its letters are bold, and its words joined by single spaces.
/// </summary>
public sealed record PdfLine(int Page, int Column, double Left, double Right, double Baseline, double FontSize, bool Bold, string Text)
{
    /// <summary>The page's first or last line, standing apart from its text: a running header or footer, most likely.</summary>
    public bool InMargin { get; init; }

    /// <summary>Where the line's first word ends (its right edge when it has one word): how much room the word takes. NaN when not measured.</summary>
    public double FirstWordRight { get; init; } = double.NaN;

    /// <summary>The narrowest space between two of its words (NaN for a line of one word): the room a word space takes on this line.</summary>
    public double WordSpace { get; init; } = double.NaN;

    /// <summary>The width of the line's first word.</summary>
    public double FirstWordWidth => FirstWordRight - Left;

    /// <summary>"p. 2, bold 11 pt": the line's page and font, as a decision's evidence names them.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"p. {Page}{(Column > 0 ? $" col. {Column}" : "")}, {(Bold ? "bold " : "")}{FontSize:0.#} pt");
}

/// <summary>The lines of a PDF in reading order, with how many pages it has and what was left out of its text.</summary>
public sealed record PdfText(IReadOnlyList<PdfLine> Lines, int Pages)
{
    /// <summary>Letters set at an angle (a stamp, a margin note), left out of the text.</summary>
    public int RotatedLetters { get; init; }

    /// <summary>Letters under <see cref="PdfReader.TinyPoints"/> (hidden or invisible text), left out of the text.</summary>
    public int TinyLetters { get; init; }

    /// <summary>"12 letters set at an angle, 3 letters under 3 pt", or null when nothing was left out.</summary>
    public string? LeftOut()
    {
        var parts = new List<string>(2);
        if (RotatedLetters > 0) parts.Add($"{RotatedLetters} letters set at an angle (a stamp or a margin note)");
        if (TinyLetters > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{TinyLetters} letters under {PdfReader.TinyPoints} pt (hidden text)"));
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
