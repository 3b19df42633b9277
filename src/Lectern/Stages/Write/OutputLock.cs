using Lectern.Diagnostics;

namespace Lectern.Stages.Write;

/// <summary>
/// An exclusive lock on an output folder, held by one build from its start to its end: two builds into one
/// folder (a <c>build</c> while <c>serve</c> rebuilds) would otherwise delete each other's staging folder
/// and swap in a half-written site. It is an operating-system lock on a file beside the folder
/// (<c>_site.lectern-lock</c>), so a build that dies releases it with its process. The file stays: deleting
/// it on release would let a waiting build lock the deleted file while a third locks a new one.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string Suffix = ".lectern-lock";

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="output"/> (a full path), or throws a <see cref="ContentException"/> when another build holds it.</summary>
    public static OutputLock Take(string output, string display)
    {
        var path = output + Suffix;
        FileStream? file = null;
        // An output in folders that do not exist yet (out/site) is made with them, as it always was.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            // FileShare.None alone is no lock where .NET's advisory file locking is turned off, as the CLI turns it
            // off (System.IO.DisableFileLocking in Lectern.Cli.csproj): a record lock on the file's first byte is
            // taken wherever .NET offers one (not on macOS), and it is the one another process meets.
            if (!OperatingSystem.IsMacOS()) file.Lock(0, 1);
            return new OutputLock(file);
        }
        catch (IOException) when (File.Exists(path))
        {
            file?.Dispose();
            throw new ContentException(Diagnostic.Error(DiagnosticCodes.OutputLocked, display, 1, 1,
                $"another Lectern build is writing this folder (it holds {Path.GetFileName(path)}); wait for it to finish, then build again"));
        }
    }

    public void Dispose() => _file.Dispose();
}
