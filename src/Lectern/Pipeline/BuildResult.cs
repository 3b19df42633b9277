using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Pipeline;

/// <summary>The outcome of a build: its diagnostics (sorted) and, on success, the relative paths of the files written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files, bool Succeeded, Site? Site);
