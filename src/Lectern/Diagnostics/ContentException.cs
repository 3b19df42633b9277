namespace Lectern.Diagnostics;

/// <summary>Thrown by a stage that cannot go on with one document; carries the positioned diagnostic.</summary>
public sealed class ContentException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
