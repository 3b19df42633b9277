using Lectern.Links;

namespace Lectern.Glossary;

/// <summary>The loaded glossary: entries in file order, looked up by id, and its term matcher (built once).</summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, GlossaryEntry> _byId;
    private readonly Lazy<TermMatcher> _matcher;

    public GlossaryIndex(string path, IReadOnlyList<GlossaryEntry> entries)
    {
        Path = path;
        Entries = entries;
        _byId = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in entries) _byId.TryAdd(e.Id, e);
        _matcher = new Lazy<TermMatcher>(() => new TermMatcher(Entries), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static GlossaryIndex Empty { get; } = new("glossary.yml", []);

    /// <summary>The glossary file, as shown in diagnostics.</summary>
    public string Path { get; }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>The matcher over every entry's forms, shared by all pages of a build.</summary>
    public TermMatcher Matcher => _matcher.Value;

    public GlossaryEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The term markup for <paramref name="links"/>, kept while a build asks with the same links.</summary>
    public TermTags Tags(LinkBuilder links)
    {
        var tags = _tags;
        if (tags?.Links != links) _tags = tags = new TermTags(links);
        return tags;
    }
    private volatile TermTags? _tags;
}
