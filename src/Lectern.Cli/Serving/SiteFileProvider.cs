using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Lectern.Cli.Serving;

/// <summary>
/// The built site's files for the preview. A path ending in '/' names a folder (its index page is found by the
/// default-files step); the physical provider would answer it with the file of that name (<c>robots.txt/</c>),
/// which then cannot be opened, and the request failed with 500 instead of the site's 404.
/// </summary>
public sealed class SiteFileProvider(IFileProvider files) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        subpath.EndsWith('/') ? new NotFoundFileInfo(subpath) : files.GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);
}
