using System.Collections.Concurrent;
using Lectern.FileSystem;
using Lectern.Stages.Load;

namespace Lectern.Stages.Write;

/// <summary>
/// The output of the last build, updated in place by the next one in the same process (<c>serve</c>): a
/// file that differs from the one on disk is written into the staging folder, and only <see cref="Commit"/>
/// moves each into the output, one file at a time, then deletes the files the last build wrote and this one
/// did not. Until then the output is untouched, so a failed build leaves the last good site. It starts only
/// on an output whose marker is the one the last build left (<see cref="OutputStamp"/>): any other build
/// in between, and the caller makes a whole new output instead.
/// </summary>
public sealed class UpdatedOutput : IBuildOutput
{
    private readonly string _output;
    private readonly string _staging;
    private readonly OutputLock _lock;
    private readonly IReadOnlySet<string> _previous;
    private readonly ConcurrentQueue<string> _paths = new();
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _changed = new();
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _stagingMade;

    private UpdatedOutput(string output, OutputLock outputLock, IReadOnlySet<string> previous)
    {
        _output = output;
        _lock = outputLock;
        _previous = previous;
        _staging = output + ".lectern-tmp";
        StagedOutput.RemoveLeftover(_staging);
    }

    /// <summary>
    /// Starts updating <paramref name="outputDir"/>, which the last build left with <paramref name="stamp"/> and
    /// the files <paramref name="previous"/> (and, when it was another process, as <paramref name="tree"/>); null
    /// when the output is no longer that one. Throws a <see cref="Diagnostics.ContentException"/> when another
    /// build is writing it.
    /// </summary>
    public static UpdatedOutput? Begin(string outputDir, OutputStamp stamp, IReadOnlySet<string> previous, OutputTree? tree = null)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var outputLock = OutputLock.Take(output, ContentPaths.Display(output));
        try
        {
            // Read under the lock: another build that replaced the output in between has a marker of its own, and
            // one that updated it in place (serve) left files with other times.
            if (OutputStamp.Read(output) != stamp || tree?.Matches(output) == false)
            {
                outputLock.Dispose();
                return null;
            }
            return new UpdatedOutput(output, outputLock, previous);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    public IReadOnlyCollection<string> Paths => _paths;

    public bool Keep(IReadOnlyList<string> relativePaths)
    {
        foreach (var path in relativePaths)
        {
            _paths.Enqueue(path);
            _written.TryAdd(path, 0);
        }
        return true;
    }

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        _paths.Enqueue(relativePath);
        if (!_written.TryAdd(relativePath, 0)) return; // a collision, which the build reports
        var relative = relativePath.Replace('/', Path.DirectorySeparatorChar);
        if (_previous.Contains(relativePath) && FileContent.Equals(Path.Combine(_output, relative), content)
            && !RealPath.HasLinkBelow(_output, relative)) return;

        var path = Path.Combine(_staging, relative);
        var folder = Path.GetDirectoryName(path)!;
        lock (_folders)
        {
            if (!_stagingMade)
            {
                Directory.CreateDirectory(_staging);
                OutputMarker.WriteInto(_staging);
                _stagingMade = true;
            }
        }
        if (_folders.TryAdd(folder, 0)) Directory.CreateDirectory(folder);
        StagedOutput.WriteNew(path, content);
        _changed.Enqueue(relative);
    }

    /// <summary>
    /// Deletes what the last build wrote and this one did not (and the folders that leaves empty), then moves
    /// each changed file into place; a rename replaces a file whole, so a page is never seen half written.
    /// </summary>
    public void Commit()
    {
        // A folder of the output that a user replaced with a link would take the pages where it leads; the
        // build fails, the output stays, and the caller's next build makes a whole new output.
        if (_changed.FirstOrDefault(relative => RealPath.HasLinkBelow(_output, Path.GetDirectoryName(relative) ?? "")) is { } linked)
            throw new IOException($"the output folder has a link on the way to {linked.Replace(Path.DirectorySeparatorChar, '/')}, so it is not updated in place");
        foreach (var gone in _previous.Where(p => !_written.ContainsKey(p)).Order(StringComparer.Ordinal))
            Delete(gone.Replace('/', Path.DirectorySeparatorChar));
        foreach (var relative in _changed)
        {
            var target = Path.Combine(_output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, relative), target, overwrite: true);
        }
        RemoveStaging();
    }

    private void Delete(string relative)
    {
        if (RealPath.HasLinkBelow(_output, Path.GetDirectoryName(relative) ?? "")) return;
        var path = Path.Combine(_output, relative);
        if (File.Exists(path)) File.Delete(path);
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > _output.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) return;
            Directory.Delete(folder);
        }
    }

    private void RemoveStaging()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    public void Dispose()
    {
        RemoveStaging();
        _lock.Dispose();
    }
}
