using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Pipeline;

/// <summary>The outcome of a build: its diagnostics (sorted) and, on success, the files written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, bool Succeeded, Site? Site);
