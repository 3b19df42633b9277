namespace Lectern.Stages.Write;

/// <summary>
/// Every file and folder an output holds, each file with its size and time: what a build in another process
/// compares with the folder before it keeps any of it. A file written, replaced or removed since, or anything
/// added by hand (which a whole build would not leave), makes the folder another one, and that build makes the
/// whole output again. A folder that holds a link has no tree: nothing reached through it is kept.
/// </summary>
public sealed class OutputTree
{
    private readonly Dictionary<string, OutputEntry> _entries;

    public OutputTree(IEnumerable<KeyValuePair<string, OutputEntry>> entries) =>
        _entries = new Dictionary<string, OutputEntry>(entries, StringComparer.Ordinal);

    /// <summary>By relative path (with <c>/</c>), each entry; a folder's length is -1.</summary>
    public IReadOnlyDictionary<string, OutputEntry> Entries => _entries;

    /// <summary>The tree of the folder at <paramref name="folder"/>; null when it is missing, holds a link or cannot be read.</summary>
    public static OutputTree? Read(string folder)
    {
        try
        {
            var root = new DirectoryInfo(folder);
            if (!root.Exists || root.LinkTarget is not null) return null;
            var entries = new Dictionary<string, OutputEntry>(StringComparer.Ordinal);
            foreach (var entry in root.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                if (entry.LinkTarget is not null) return null;
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                entries[relative] = new OutputEntry(entry is FileInfo file ? file.Length : -1, entry.LastWriteTimeUtc.Ticks);
            }
            return new OutputTree(entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the folder at <paramref name="folder"/> holds exactly these files and folders, each as it was.</summary>
    public bool Matches(string folder)
    {
        if (Read(folder) is not { } now || now._entries.Count != _entries.Count) return false;
        foreach (var (path, entry) in _entries)
            if (!now._entries.TryGetValue(path, out var found) || found != entry) return false;
        return true;
    }
}

/// <summary>One file (or, with length -1, folder) of an output: its size and the ticks of its last write (UTC).</summary>
public readonly record struct OutputEntry(long Length, long WrittenTicks);
