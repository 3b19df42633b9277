namespace Lectern.Cli.Serving;

/// <summary>Watches folders (content, themes) recursively and reports that something in them changed.</summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public ContentWatcher(IEnumerable<string> folders, Action changed)
    {
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => changed();
            watcher.Created += (_, _) => changed();
            watcher.Deleted += (_, _) => changed();
            watcher.Renamed += (_, _) => changed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
