using System.Collections.Concurrent;
using Lectern.Links;

namespace Lectern.Glossary;

/// <summary>
/// The markup around term occurrences (<see cref="TermMarkup.Tags"/>) for one glossary and one set of links,
/// made once per entry and kind and shared by every reading of a build: a page has a hundred occurrences of
/// a few dozen entries, and building their tags anew for every page was a third of the glossary pass's memory.
/// </summary>
public sealed class TermTags(LinkBuilder links)
{
    private readonly ConcurrentDictionary<(GlossaryEntry Entry, bool Active, bool Repeat), (string Open, string Close)> _tags = new();

    public LinkBuilder Links { get; } = links;

    public (string Open, string Close) For(GlossaryEntry entry, bool active, bool repeat) =>
        _tags.GetOrAdd((entry, active, repeat), static (key, links) => TermMarkup.Tags(key.Entry, key.Active, key.Repeat, links), Links);
}
