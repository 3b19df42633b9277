using System.Collections.Concurrent;
using Lectern.Documents;

namespace Lectern.Stages.Write;

/// <summary>
/// The output of one build, written into a sibling staging folder as the files are made and swapped in
/// by <see cref="Commit"/>, so the output folder always holds one complete build and no stale files from
/// an earlier one. Disposing without committing deletes the staging folder and leaves the output as it was.
/// A file byte-identical to the one the previous build wrote at its path is hard-linked rather than
/// written again: its timestamp stays, and the old tree's deletion frees only what changed.
/// </summary>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly bool _hasPrevious;
    private bool _committed;

    private StagedOutput(string output)
    {
        _output = output;
        _hasPrevious = Directory.Exists(output);
        _staging = output + ".lectern-tmp";
        DeleteIfExists(_staging);
        DeleteIfExists(Previous);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Starts a build's output for <paramref name="outputDir"/> (created on commit if it does not exist).</summary>
    public static StagedOutput Begin(string outputDir) =>
        new(Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar));

    private string Previous => _output + ".lectern-old";

    /// <summary>Every relative path given to <see cref="Write"/> so far, in no particular order; a path given twice is listed twice.</summary>
    public IReadOnlyCollection<string> Paths => _paths;

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
        if (_hasPrevious && FileContent.Equals(previous, content) && HardLink.TryCreate(previous, path)) return;
        WriteNew(path, content);
    }

    /// <summary>
    /// Creates the file, which cannot exist yet in a fresh staging folder. Not <see cref="File.WriteAllBytes(string, byte[])"/>:
    /// it truncates what it opens, and ext4 starts writing a truncated file to disk when it is closed.
    /// </summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> content)
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
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
