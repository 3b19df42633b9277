using Lectern.Glossary;

namespace Lectern.Documents;

/// <summary>Everything the cross-page stages see: the configuration, the glossary and every reading.</summary>
public sealed record Site(SiteConfig Config, GlossaryIndex Glossary, IReadOnlyList<Reading> Readings)
{
    /// <summary>A site of default settings, no glossary and no readings: what a build has before it could load any.</summary>
    public static Site Empty => new(new SiteConfig(), GlossaryIndex.Empty, []);
}
