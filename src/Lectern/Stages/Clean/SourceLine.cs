namespace Lectern.Stages.Clean;

/// <summary>One line of the source as the cleaner sees it: its 1-based number in the file, its text and its indent.</summary>
public sealed record SourceLine(int Number, string Text, int Indent)
{
    public bool IsBlank => Text.Length == 0;
}
