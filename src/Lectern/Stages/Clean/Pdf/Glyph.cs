namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// One upright letter of a page: its text, where it starts and ends along its baseline, the baseline's height,
/// its size in points and whether its font is bold.
/// </summary>
public readonly record struct Glyph(string Text, double X, double EndX, double Y, double Size, bool Bold);
