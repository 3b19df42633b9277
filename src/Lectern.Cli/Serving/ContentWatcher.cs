namespace Lectern.Cli.Serving;

/// <summary>
/// Watches folders (content, themes) recursively and reports that something in them changed. A watch ends
/// with the folder it watches: when a folder is deleted and made again (a checkout of another branch, a
/// restore from a copy), the watch is made again on the new folder, so later edits are still seen.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FolderWatch> _folders;

    public ContentWatcher(IEnumerable<string> folders, Action changed) =>
        _folders = folders.Select(Path.GetFullPath).Select(f => Path.TrimEndingDirectorySeparator(f)).Distinct()
            .Where(f => Path.GetDirectoryName(f) is { } parent && Directory.Exists(parent))
            .Select(f => new FolderWatch(f, changed))
            .ToList();

    public void Dispose()
    {
        foreach (var folder in _folders) folder.Dispose();
    }

    /// <summary>One folder: a recursive watch on it while it exists, and a watch on its parent for the folder itself coming and going.</summary>
    private sealed class FolderWatch : IDisposable
    {
        private readonly string _folder;
        private readonly Action _changed;
        private readonly FileSystemWatcher _parent;
        private readonly Lock _lock = new();
        private FileSystemWatcher? _contents;
        private bool _disposed;

        public FolderWatch(string folder, Action changed)
        {
            _folder = folder;
            _changed = changed;
            _parent = new FileSystemWatcher(Path.GetDirectoryName(folder)!, Path.GetFileName(folder))
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.DirectoryName,
            };
            _parent.Created += (_, _) => Rearm();
            _parent.Deleted += (_, _) => Rearm();
            _parent.Renamed += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
            Arm();
        }

        /// <summary>The folder was made, deleted or renamed: watch what is there now, and report the change.</summary>
        private void Rearm()
        {
            Arm();
            _changed();
        }

        private void Arm()
        {
            lock (_lock)
            {
                if (_disposed) return;
                _contents?.Dispose();
                _contents = null;
                if (!Directory.Exists(_folder)) return;
                try
                {
                    _contents = Watch(_folder);
                }
                catch (Exception ex) when (ex is ArgumentException or IOException)
                {
                    // Deleted again between the check and the watch: its parent's watch reports its return.
                }
            }
        }

        private FileSystemWatcher Watch(string folder)
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => _changed();
            watcher.Created += (_, _) => _changed();
            watcher.Deleted += (_, _) => _changed();
            watcher.Renamed += (_, _) => _changed();
            // The watch can end under the folder (a watch limit reached, the folder gone): make it again.
            watcher.Error += (_, _) => Rearm();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _disposed = true;
                _contents?.Dispose();
            }
            _parent.Dispose();
        }
    }
}
