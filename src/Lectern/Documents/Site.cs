using Lectern.Glossary;

namespace Lectern.Documents;

/// <summary>Everything the cross-page stages see: the configuration, the glossary and every reading.</summary>
public sealed record Site(SiteConfig Config, GlossaryIndex Glossary, IReadOnlyList<Reading> Readings);
