namespace Lectern.Stages.Load;

/// <summary>The fields of one content type for <see cref="YamlSubsetReader"/>: each key (camelCase, as in the files) and how its value is read.</summary>
internal sealed class YamlSchema<T> where T : new()
{
    private readonly Dictionary<string, (int Index, Action<YamlSubsetReader, T> Read)> _fields = new(StringComparer.Ordinal);

    public YamlSchema<T> Field(string key, Action<YamlSubsetReader, T> read)
    {
        // YamlSubsetReader marks the keys it has seen in one 64-bit mask.
        if (_fields.Count == 64) throw new InvalidOperationException($"{typeof(T).Name} has more fields than a YamlSchema holds");
        _fields.Add(key, (_fields.Count, read));
        return this;
    }

    public IEnumerable<string> Keys => _fields.Keys;

    public bool TryGetField(ReadOnlySpan<char> key, out int index, out Action<YamlSubsetReader, T> read)
    {
        var found = _fields.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var field);
        (index, read) = field;
        return found;
    }
}
