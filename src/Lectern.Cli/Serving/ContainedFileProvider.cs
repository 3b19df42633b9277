using Lectern.FileSystem;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Lectern.Cli.Serving;

/// <summary>
/// The built site's files, as <see cref="PhysicalFileProvider"/> gives them, less any that a symbolic link
/// leads out of the folder to: the preview serves on the network what the folder holds, not what it points at.
/// </summary>
public sealed class ContainedFileProvider(string root) : IFileProvider, IDisposable
{
    private readonly PhysicalFileProvider _files = new(root);
    private readonly ContainedFolder _root = new(root, "the output folder");

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = _files.GetFileInfo(subpath);
        if (!file.Exists || file.PhysicalPath is not { } path) return file;
        var real = _root.Resolve(path);
        if (!_root.Holds(real)) return new NotFoundFileInfo(subpath);
        // A link that stays inside is served as the file it leads to (its length, its time), not as the link.
        return real == path ? file : new PhysicalFileInfo(new FileInfo(real));
    }

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var contents = _files.GetDirectoryContents(subpath);
        var path = Path.Join(root, subpath);
        return contents.Exists && _root.Escape(path) is not null ? NotFoundDirectoryContents.Singleton : contents;
    }

    public IChangeToken Watch(string filter) => _files.Watch(filter);

    public void Dispose() => _files.Dispose();
}
