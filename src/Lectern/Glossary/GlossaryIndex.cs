namespace Lectern.Glossary;

/// <summary>The loaded glossary: entries in file order, looked up by id.</summary>
public sealed class GlossaryIndex
{
    private readonly Dictionary<string, GlossaryEntry> _byId;

    public GlossaryIndex(string path, IReadOnlyList<GlossaryEntry> entries)
    {
        Path = path;
        Entries = entries;
        _byId = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in entries) _byId.TryAdd(e.Id, e);
    }

    public static GlossaryIndex Empty { get; } = new("glossary.yml", []);

    /// <summary>The glossary file, as shown in diagnostics.</summary>
    public string Path { get; }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public GlossaryEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
