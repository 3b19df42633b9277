using Lectern.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Lectern.Stages.Load;

/// <summary>
/// Reads content YAML straight into the content records, for the common case of a well-formed file: plain
/// values of the right shape, known keys, each key once. Anything else (an unknown or repeated key, a wrong
/// shape, an empty or null value, a tag, an anchor or alias, a directive, a syntax error) throws
/// <see cref="OffFastPath"/>, and <see cref="YamlContentReader"/> reads the file again with YamlDotNet's
/// Deserializer, which accepts or reports it as it always has.
/// It reads from one of two sources. <see cref="SimpleYamlReader"/> reads the shape nearly every file has
/// from the text itself. YamlDotNet's scanner tokens, for a file that reader declines, cover more of YAML;
/// it reads tokens rather than the Parser's events because each Scalar event interns its value
/// (<c>string.IsInterned</c>: a hash of the whole text under a global lock), a sixth of the load's CPU;
/// the token shapes it accepts are exactly those the Parser turns into plain scalars, mappings and sequences.
/// </summary>
internal sealed class YamlEventReader
{
    /// <summary>Thrown where the file needs the Deserializer; carries nothing, as that reading reports.</summary>
    internal sealed class OffFastPath : Exception;

    private readonly SimpleYamlReader? _simple;
    private readonly Scanner? _scanner;

    /// <summary>A reader of <paramref name="text"/> through <see cref="SimpleYamlReader"/>.</summary>
    public YamlEventReader(ReadOnlyMemory<char> text) => _simple = new SimpleYamlReader(text);

    /// <summary>A reader of <paramref name="input"/> through YamlDotNet's scanner.</summary>
    public YamlEventReader(TextReader input) => _scanner = new Scanner(input, skipComments: true);

    private Token? _current;

    /// <summary>The single document's root read by <paramref name="readRoot"/>, or null for an empty file.</summary>
    public T? ReadDocument<T>(Func<YamlEventReader, T> readRoot) where T : class
    {
        if (_simple is { } simple)
        {
            if (!simple.BeginDocument()) return null;
            var value = readRoot(this);
            simple.EndDocument();
            return value;
        }
        Consume<StreamStart>();
        if (Accept<StreamEnd>()) return null;
        Accept<DocumentStart>();
        var root = readRoot(this);
        Accept<DocumentEnd>();
        Consume<StreamEnd>();
        return root;
    }

    /// <summary>A text value; a plain empty or null-like value is left to the Deserializer (it reads it as null).</summary>
    public string ReadString()
    {
        if (_simple is { } simple) return simple.ReadString();
        var scalar = Consume<Scalar>();
        if (scalar.Style == ScalarStyle.Plain && IsNullLike(scalar.Value)) throw new OffFastPath();
        return scalar.Value;
    }

    public bool ReadBool() => ReadString() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new OffFastPath(),
    };

    /// <summary>A block sequence (indented or not, as a mapping's value) or a flow sequence.</summary>
    public List<T> ReadList<T>(Func<YamlEventReader, T> readItem)
    {
        var items = new List<T>();
        if (_simple is { } simple)
        {
            var list = simple.BeginList();
            while (simple.NextItem(ref list)) items.Add(readItem(this));
            return items;
        }
        if (Accept<FlowSequenceStart>())
        {
            while (!Accept<FlowSequenceEnd>())
            {
                items.Add(readItem(this));
                if (!Accept<FlowEntry>() && Peek() is not FlowSequenceEnd) throw new OffFastPath();
            }
            return items;
        }
        var indented = Accept<BlockSequenceStart>();
        if (!indented && Peek() is not BlockEntry) throw new OffFastPath();
        while (Accept<BlockEntry>()) items.Add(readItem(this));
        if (indented) Consume<BlockEnd>();
        return items;
    }

    public List<string> ReadStringList() => ReadList(r => r.ReadString());

    /// <summary>A mapping read into a new <typeparamref name="T"/>, which records where it starts when it has a position.</summary>
    public T ReadObject<T>(YamlSchema<T> schema) where T : new()
    {
        ulong seen = 0;
        if (_simple is { } simple)
        {
            var indent = simple.BeginObject(out var line, out var column);
            var read = New<T>(line, column);
            while (simple.NextKey(indent, out var key)) ReadField(schema, key, ref seen, read);
            return read;
        }

        var start = Peek();
        var flow = start is FlowMappingStart;
        if (!flow && start is not BlockMappingStart) throw new OffFastPath();
        Skip();
        var value = New<T>((int)start.Start.Line, (int)start.Start.Column);
        while (flow ? !Accept<FlowMappingEnd>() : Accept<Key>())
        {
            if (flow) Consume<Key>();
            var key = ReadString();
            Consume<Value>();
            ReadField(schema, key, ref seen, value);
            if (flow && !Accept<FlowEntry>() && Peek() is not FlowMappingEnd) throw new OffFastPath();
        }
        if (!flow) Consume<BlockEnd>();
        return value;
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

    private Token Peek()
    {
        if (_current is null)
        {
            if (!_scanner!.MoveNextWithoutConsuming()) throw new OffFastPath();
            _current = _scanner.Current ?? throw new OffFastPath();
        }
        return _current;
    }

    private void Skip()
    {
        _current = null;
        _scanner!.ConsumeCurrent();
    }

    private bool Accept<TToken>() where TToken : Token
    {
        if (Peek() is not TToken) return false;
        Skip();
        return true;
    }

    private TToken Consume<TToken>() where TToken : Token
    {
        if (Peek() is not TToken token) throw new OffFastPath();
        Skip();
        return token;
    }

    /// <summary>YAML's plain null: empty, ~ or null (in the three spellings YAML allows).</summary>
    private static bool IsNullLike(string value) => value is "" or "~" or "null" or "Null" or "NULL";
}
