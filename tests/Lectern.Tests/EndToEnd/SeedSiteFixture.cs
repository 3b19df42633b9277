using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>Builds the repository's real content once into a temporary folder for the end-to-end tests.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    public SeedSiteFixture()
    {
        Site = new TempSite();
        Result = BuildPipeline.Run(Site.Options());
    }

    public TempSite Site { get; }
    public BuildResult Result { get; }

    public string Page(string relativePath) => Path.Combine(Site.Output, relativePath);

    public void Dispose() => Site.Dispose();
}
