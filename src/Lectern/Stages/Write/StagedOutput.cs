using System.Collections.Concurrent;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.FileSystem;
using Lectern.Stages.Load;

namespace Lectern.Stages.Write;

/// <summary>
/// The output of one build, written into a sibling staging folder as the files are made and swapped in
/// by <see cref="Commit"/>, so the output folder always holds one complete build and no stale files from
/// an earlier one. Disposing without committing deletes the staging folder and leaves the output as it was.
/// A file byte-identical to the one the previous build wrote at its path is hard-linked rather than
/// written again: its timestamp stays, and the old tree's deletion frees only what changed.
/// Lectern replaces or deletes only folders it made (<see cref="OutputMarker"/>), and one build at a time
/// writes an output (<see cref="OutputLock"/>).
/// </summary>
public sealed class StagedOutput : IBuildOutput
{
    private readonly string _output;
    private readonly string _staging;
    private readonly OutputLock _lock;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly bool _hasPrevious;
    private bool _committed;

    private StagedOutput(string output, string display, OutputLock outputLock)
    {
        _output = output;
        _lock = outputLock;
        _staging = output + ".lectern-tmp";
        RecoverSwap();
        _hasPrevious = Directory.Exists(output);
        if (_hasPrevious && !OutputMarker.IsLecterns(output)) throw NotLecterns(display);
        RemoveLeftover(_staging);
        RemoveLeftover(Previous);
        Directory.CreateDirectory(_staging);
        OutputMarker.WriteInto(_staging);
    }

    /// <summary>
    /// Starts a build's output for <paramref name="outputDir"/> (created on commit if it does not exist). Throws a
    /// <see cref="ContentException"/> when the folder is not Lectern's to replace or another build is writing it.
    /// </summary>
    public static StagedOutput Begin(string outputDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var display = ContentPaths.Display(output);
        var outputLock = OutputLock.Take(output, display);
        try
        {
            return new StagedOutput(output, display, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    private string Previous => _output + ".lectern-old";

    /// <summary>Every relative path given to <see cref="Write"/> so far, in no particular order; a path given twice is listed twice.</summary>
    public IReadOnlyCollection<string> Paths => _paths;

    /// <summary>A new output holds only what this build writes.</summary>
    public bool Keep(IReadOnlyList<string> relativePaths) => false;

    /// <summary>Writes one file into the staging folder. Safe to call from several threads at once.</summary>
    public void Write(OutputFile file) => Write(file.RelativePath, file.Content);

    /// <summary>Writes one file from bytes needed only during the call. Safe to call from several threads at once.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        _paths.Enqueue(relativePath);
        if (!_written.TryAdd(relativePath, 0)) return; // a collision, which the build reports
        var relative = relativePath.Replace('/', Path.DirectorySeparatorChar);
        var path = Path.Combine(_staging, relative);
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.TryAdd(folder, 0)) Directory.CreateDirectory(folder);

        var previous = Path.Combine(_output, relative);
        // Only a file the previous build wrote, never one reached through a symbolic link: the new output would
        // share its bytes with whatever the link leads to (or, for a link itself, point where it points).
        if (_hasPrevious && FileContent.Equals(previous, content) && !RealPath.HasLinkBelow(_output, relative) && HardLink.TryCreate(previous, path)) return;
        WriteNew(path, content);
    }

    /// <summary>
    /// Creates the file, which cannot exist yet in a fresh staging folder. Not <see cref="File.WriteAllBytes(string, byte[])"/>:
    /// it truncates what it opens, and ext4 starts writing a truncated file to disk when it is closed.
    /// </summary>
    internal static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    /// <summary>Swaps the staged build in as the output folder; on failure the previous output is put back.</summary>
    public void Commit()
    {
        var hadOutput = Directory.Exists(_output);
        if (hadOutput) Directory.Move(_output, Previous);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (hadOutput) Directory.Move(Previous, _output);
            throw;
        }
        _committed = true;
        DeleteIfExists(Previous);
    }

    public void Dispose()
    {
        if (!_committed) DeleteIfExists(_staging);
        _lock.Dispose();
    }

    /// <summary>
    /// A build that stopped between the swap's two renames left the previous output renamed aside and no
    /// output: it is put back before anything else, so nothing below mistakes it for a leftover.
    /// </summary>
    private void RecoverSwap()
    {
        if (Directory.Exists(Previous) && !Directory.Exists(_output) && !File.Exists(_output))
            Directory.Move(Previous, _output);
    }

    /// <summary>Deletes a staging or set-aside folder an earlier build left, if it is Lectern's; refuses one that is not.</summary>
    internal static void RemoveLeftover(string folder)
    {
        if (!Directory.Exists(folder)) return;
        if (!OutputMarker.IsLecterns(folder)) throw NotLecterns(ContentPaths.Display(folder));
        Directory.Delete(folder, recursive: true);
    }

    internal static ContentException NotLecterns(string display) =>
        new(Diagnostic.Error(DiagnosticCodes.OutputNotLectern, display, 1, 1,
            $"this folder is not empty and Lectern did not make it (it has no {OutputMarker.FileName} file), so a build will not replace it; " +
            "choose another --output, or empty or delete the folder yourself (once, too, for an output made by a Lectern from before the marker)"));

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
