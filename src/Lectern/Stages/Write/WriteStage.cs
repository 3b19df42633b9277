using Lectern.Documents;

namespace Lectern.Stages.Write;

/// <summary>
/// The Write stage for a finished list of files: all of them through one <see cref="StagedOutput"/>.
/// The build itself streams pages into a <see cref="StagedOutput"/> as Layout makes them.
/// </summary>
public static class WriteStage
{
    public static void Execute(string outputDir, IReadOnlyList<OutputFile> files)
    {
        using var output = StagedOutput.Begin(outputDir);
        Parallel.ForEach(files, output.Write);
        output.Commit();
    }
}
