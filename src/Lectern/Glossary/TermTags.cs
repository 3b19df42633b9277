using System.Collections.Concurrent;
using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Glossary;

/// <summary>
/// The markup around term occurrences (<see cref="TermMarkup.Tags"/>) for one glossary and one set of links,
/// made once per entry and kind and shared by every reading of a build: a page has a hundred occurrences of
/// a few dozen entries, and building their tags anew for every page was a third of the glossary pass's memory.
/// </summary>
public sealed class TermTags(LinkBuilder links)
{
    private readonly ConcurrentDictionary<(GlossaryEntry Entry, bool Active, bool Repeat), EdgeMarkup> _tags = new();

    public LinkBuilder Links { get; } = links;

    /// <summary>The tags of <see cref="TermMarkup.Tags"/> as the markup of a <see cref="TextWrap"/>.</summary>
    public EdgeMarkup For(GlossaryEntry entry, bool active, bool repeat) =>
        _tags.GetOrAdd((entry, active, repeat), static (key, links) =>
        {
            var (open, close) = TermMarkup.Tags(key.Entry, key.Active, key.Repeat, links);
            return EdgeMarkup.Of(open, close);
        }, Links);
}
