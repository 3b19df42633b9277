using Lectern.Documents;

namespace Lectern.Stages.Write;

/// <summary>
/// The Write stage: writes the whole site into a sibling temporary folder, then swaps it in, so the
/// output folder always holds one complete build and no stale files from an earlier one. If anything
/// fails on the way, the previous output is put back as it was.
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

        try
        {
            WriteAll(staging, files);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        var hadOutput = Directory.Exists(output);
        if (hadOutput) Directory.Move(output, previous);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (hadOutput) Directory.Move(previous, output);
            DeleteIfExists(staging);
            throw;
        }
        DeleteIfExists(previous);
    }

    private static void WriteAll(string folder, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(folder);
        Parallel.ForEach(files, file =>
        {
            var path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        });
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
