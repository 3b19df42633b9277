using Lectern.Documents;

namespace Lectern.Stages.Write;

/// <summary>
/// Where one build writes: a whole new output swapped in on success (<see cref="StagedOutput"/>), or, in a
/// process that remembers its last build, that output updated file by file (<see cref="UpdatedOutput"/>).
/// Either leaves the output as it was until <see cref="Commit"/>.
/// </summary>
public interface IBuildOutput : IOutputSink, IDisposable
{
    /// <summary>Every relative path written or kept so far, in no particular order; a path given twice is listed twice.</summary>
    IReadOnlyCollection<string> Paths { get; }

    /// <summary>
    /// Keeps files the last build wrote, unchanged, as this build's; false when this output cannot (a new
    /// output starts empty), and the caller makes them again.
    /// </summary>
    bool Keep(IReadOnlyList<string> relativePaths);

    /// <summary>Makes the output this build's.</summary>
    void Commit();
}
