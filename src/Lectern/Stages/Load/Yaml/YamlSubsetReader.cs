using Lectern.Documents;

namespace Lectern.Stages.Load;

/// <summary>
/// The fast tier of <see cref="YamlContentReader"/>: reads content YAML straight into the content records for the
/// common case of a well-formed file in the shape nearly every file has (block mappings and sequences, one-line
/// plain and quoted values, folded and literal values, one-line flow sequences; see <see cref="SimpleYamlReader"/>),
/// with known keys, each once. Anything else (an unknown or repeated key, a wrong shape, an empty or null value, a
/// tag, an anchor or alias, a directive, a syntax error) throws <see cref="OffFastPath"/>, and the file is read
/// again by YamlDotNet's Deserializer, which accepts or reports it. It earns its place by a measured gain on the
/// load of a large library (docs/architecture.md); tests hold it to the Deserializer's reading.
/// </summary>
internal sealed class YamlSubsetReader
{
    /// <summary>Thrown where the file needs the Deserializer; carries nothing, as that reading reports.</summary>
    internal sealed class OffFastPath : Exception;

    private readonly SimpleYamlReader _simple;

    public YamlSubsetReader(ReadOnlyMemory<char> text) => _simple = new SimpleYamlReader(text);

    /// <summary>The single document's root read by <paramref name="readRoot"/>, or null for an empty file.</summary>
    public T? ReadDocument<T>(Func<YamlSubsetReader, T> readRoot) where T : class
    {
        if (!_simple.BeginDocument()) return null;
        var value = readRoot(this);
        _simple.EndDocument();
        return value;
    }

    /// <summary>A text value; a plain empty or null-like value is left to the Deserializer (it reads it as null).</summary>
    public string ReadString()
    {
        return _simple.ReadString();
    }

    public bool ReadBool() => ReadString() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new OffFastPath(),
    };

    /// <summary>A block sequence (indented or not, as a mapping's value) or a flow sequence.</summary>
    public List<T> ReadList<T>(Func<YamlSubsetReader, T> readItem)
    {
        var items = new List<T>();
        var list = _simple.BeginList();
        while (_simple.NextItem(ref list)) items.Add(readItem(this));
        return items;
    }

    public List<string> ReadStringList() => ReadList(r => r.ReadString());

    /// <summary>A mapping read into a new <typeparamref name="T"/>, which records where it starts when it has a position.</summary>
    public T ReadObject<T>(YamlSchema<T> schema) where T : new()
    {
        ulong seen = 0;
        var indent = _simple.BeginObject(out var line, out var column);
        var read = New<T>(line, column);
        while (_simple.NextKey(indent, out var key)) ReadField(schema, key, ref seen, read);
        return read;
    }

    /// <summary>A new record, which records where its mapping starts when it has a position.</summary>
    private static T New<T>(int line, int column) where T : new()
    {
        var value = new T();
        if (value is IHasSourcePosition positioned)
        {
            positioned.Line = line;
            positioned.Column = column;
        }
        return value;
    }

    /// <summary>Reads the value of <paramref name="key"/> into <paramref name="value"/>: a known key, once.</summary>
    private void ReadField<T>(YamlSchema<T> schema, ReadOnlySpan<char> key, ref ulong seen, T value) where T : new()
    {
        if (!schema.TryGetField(key, out var index, out var read) || (seen & (1UL << index)) != 0) throw new OffFastPath();
        seen |= 1UL << index;
        read(this, value);
    }
}
