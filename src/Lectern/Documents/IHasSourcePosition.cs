namespace Lectern.Documents;

/// <summary>Where a content object starts in its YAML file, filled in by the loader (1-based).</summary>
public interface IHasSourcePosition
{
    int Line { get; set; }
    int Column { get; set; }
}
