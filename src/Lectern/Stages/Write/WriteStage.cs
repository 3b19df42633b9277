using Lectern.Documents;

namespace Lectern.Stages.Write;

/// <summary>
/// The Write stage: writes the whole site into a sibling temporary folder, then swaps it in, so the
/// output folder always holds one complete build and no stale files from an earlier one.
/// </summary>
public static class WriteStage
{
    public static void Execute(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + ".lectern-tmp";
        var previous = output + ".lectern-old";
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        Directory.CreateDirectory(staging);
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(staging, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        });

        if (Directory.Exists(output)) Directory.Move(output, previous);
        Directory.Move(staging, output);
        DeleteIfExists(previous);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
