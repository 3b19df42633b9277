using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Lectern.Stages.Layout;

/// <summary>
/// The theme's partial templates (<c>includes/*.liquid</c>), which layouts use as <c>{% include 'sources' %}</c>:
/// Fluid's file provider, serving the files read once when the theme loads. A template can include nothing
/// else: no other folder, no path with a directory in it, and no file that changed after the build began.
/// </summary>
public sealed class ThemeIncludes(IReadOnlyDictionary<string, byte[]> files, DateTimeOffset loaded) : IFileProvider
{
    public const string FolderName = "includes";

    public IFileInfo GetFileInfo(string subpath) =>
        files.TryGetValue(subpath.TrimStart('/'), out var bytes) ? new Include(subpath.TrimStart('/'), bytes, loaded) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Include(string name, byte[] bytes, DateTimeOffset loaded) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => loaded;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
