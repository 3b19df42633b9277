using Lectern.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lectern.Stages.Load;

/// <summary>
/// Reads content YAML straight from YamlDotNet's parser events into the content records, for the
/// common case of a well-formed file: plain values of the right shape, known keys, each key once.
/// Anything else (an unknown or repeated key, a wrong shape, an empty or null value, a tag, an
/// anchor or alias, a syntax error) throws <see cref="OffFastPath"/>, and <see cref="YamlContentReader"/>
/// reads the file again with YamlDotNet's Deserializer, which accepts or reports it as it always has.
/// </summary>
internal sealed class YamlEventReader(IParser parser)
{
    /// <summary>Thrown where the file needs the Deserializer; carries nothing, as that reading reports.</summary>
    internal sealed class OffFastPath : Exception;

    /// <summary>The single document's root read by <paramref name="readRoot"/>, or null for an empty file.</summary>
    public T? ReadDocument<T>(Func<YamlEventReader, T> readRoot) where T : class
    {
        Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _)) return null;
        Consume<DocumentStart>();
        var root = readRoot(this);
        Consume<DocumentEnd>();
        Consume<StreamEnd>();
        return root;
    }

    /// <summary>A text value; a plain empty or null-like value is left to the Deserializer (it reads it as null).</summary>
    public string ReadString()
    {
        var scalar = Consume<Scalar>();
        if (!scalar.Tag.IsEmpty || !scalar.Anchor.IsEmpty || scalar.Style == ScalarStyle.Plain && IsNullLike(scalar.Value))
            throw new OffFastPath();
        return scalar.Value;
    }

    public bool ReadBool() => ReadString() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new OffFastPath(),
    };

    public List<T> ReadList<T>(Func<YamlEventReader, T> readItem)
    {
        var start = Consume<SequenceStart>();
        if (!start.Tag.IsEmpty || !start.Anchor.IsEmpty) throw new OffFastPath();
        var items = new List<T>();
        while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(readItem(this));
        return items;
    }

    public List<string> ReadStringList() => ReadList(r => r.ReadString());

    /// <summary>A mapping read into a new <typeparamref name="T"/>, which records where it starts when it has a position.</summary>
    public T ReadObject<T>(YamlSchema<T> schema) where T : new()
    {
        var start = Consume<MappingStart>();
        if (!start.Tag.IsEmpty || !start.Anchor.IsEmpty) throw new OffFastPath();
        var value = new T();
        if (value is IHasSourcePosition positioned)
        {
            positioned.Line = (int)start.Start.Line;
            positioned.Column = (int)start.Start.Column;
        }

        ulong seen = 0;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadString();
            if (!schema.TryGetField(key, out var index, out var read) || (seen & (1UL << index)) != 0) throw new OffFastPath();
            seen |= 1UL << index;
            read(this, value);
        }
        return value;
    }

    private TEvent Consume<TEvent>() where TEvent : ParsingEvent =>
        parser.TryConsume<TEvent>(out var current) ? current : throw new OffFastPath();

    /// <summary>YAML's plain null: empty, ~ or null (in the three spellings YAML allows).</summary>
    private static bool IsNullLike(string value) => value is "" or "~" or "null" or "Null" or "NULL";
}
