using System.Buffers;

namespace Lectern.Stages.Load;

/// <summary>
/// Reads the shape nearly every content file has straight from its text, line by line, for <see cref="YamlSubsetReader"/>:
/// block mappings with plain keys, block sequences, one-line plain and quoted values (quoted without escapes),
/// folded and literal block values (clipped or stripped, no indented lines inside folded ones), one-line flow
/// sequences of such values, comments and blank lines. YamlDotNet's scanner spends most of its time and memory
/// on tokens and marks; this reads the same values at a fraction of that. Anything else (a tab, a carriage
/// return, a control character, a document marker, a multi-line plain or quoted value, an escape, an anchor,
/// a tag, a flow mapping, a more-indented line where none belongs) throws <see cref="YamlSubsetReader.OffFastPath"/>,
/// and the file is read by YamlDotNet's scanner as before.
/// </summary>
internal sealed partial class SimpleYamlReader(ReadOnlyMemory<char> text)
{
    /// <summary>Characters this reader leaves to YamlDotNet: tabs, carriage returns, other C0 and C1 controls, YAML 1.1's extra line breaks, byte order marks and non-characters.</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\0\x01\x02\x03\x04\x05\x06\x07\x08\t\x0B\x0C\r\x0E\x0F\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F" +
        "\x7F\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F" +
        "\u2028\u2029\uFEFF\uFFFE\uFFFF");

    /// <summary>Characters that make a plain value something else (or reserved) when they start it.</summary>
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    /// <summary>The indentation of the content line at <see cref="_pos"/>, or -1 at the end of the text.</summary>
    private int _indent;
    /// <summary>True while the node to read starts at <see cref="_pos"/> on the line of its key or dash.</summary>
    private bool _inline;
    private bool _afterDash;
    /// <summary>The indentation of the collection that owns the node to read; no later line may be indented more.</summary>
    private int _owner = -1;
    private bool _flow;
    private char[]? _scratch;

    private ReadOnlySpan<char> Text => text.Span;

    /// <summary>The state of one block or flow sequence being read.</summary>
    public struct ListState
    {
        internal int Indent;
        internal bool Flow;
        internal bool Indentless;
        /// <summary>A flow sequence's first item has been read: a comma must come before the next.</summary>
        internal bool Started;
    }

    /// <summary>Positions the reader at the root; false for a file without content.</summary>
    public bool BeginDocument()
    {
        if (Text.ContainsAny(Unusual)) throw new YamlSubsetReader.OffFastPath();
        // A directive or document marker is neither a key nor a dash: reading the root declines it.
        SkipToContentLine();
        return _indent >= 0;
    }

    public void EndDocument()
    {
        if (_inline || _indent >= 0) throw new YamlSubsetReader.OffFastPath();
        if (_scratch is { } scratch) ArrayPool<char>.Shared.Return(scratch);
        _scratch = null;
    }

    public string ReadString()
    {
        if (_flow) return ReadFlowItem();
        if (!_inline) throw new YamlSubsetReader.OffFastPath();
        _inline = false;
        return Text[_pos] switch
        {
            '\'' => ReadSingleQuoted(),
            '"' => ReadDoubleQuoted(),
            '|' or '>' => ReadBlockScalar(),
            // A dash, question mark or colon starts a plain value when no space follows it ("-0-").
            '-' or '?' or ':' when !IsBlankOrEnd(Text, _pos + 1) => ReadPlain(),
            var c when Indicators.Contains(c) => throw new YamlSubsetReader.OffFastPath(),
            _ => ReadPlain(),
        };
    }

    /// <summary>Starts a mapping; its first key is next. Returns its indentation.</summary>
    public int BeginObject(out int line, out int column)
    {
        if (_flow) throw new YamlSubsetReader.OffFastPath();
        int indent;
        if (_inline)
        {
            // A mapping on the line of a key ("a: b: c") is an error; one after a dash ("- a: b") starts at its key.
            if (!_afterDash) throw new YamlSubsetReader.OffFastPath();
            indent = _pos - _lineStart;
        }
        else
        {
            if (_indent <= _owner) throw new YamlSubsetReader.OffFastPath();
            indent = _indent;
            _pos = _lineStart + indent;
            _inline = true;
        }
        line = _line;
        column = indent + 1;
        return indent;
    }

    /// <summary>The next key of the mapping at <paramref name="indent"/>, positioned at its value; false at the mapping's end.</summary>
    public bool NextKey(int indent, out ReadOnlySpan<char> key)
    {
        key = default;
        if (!_inline)
        {
            if (_indent < indent) return false;
            if (_indent > indent) throw new YamlSubsetReader.OffFastPath();
            _pos = _lineStart + indent;
        }
        var text = Text;
        var start = _pos;
        var at = start;
        if (at >= text.Length || !char.IsAsciiLetter(text[at])) throw new YamlSubsetReader.OffFastPath();
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] == '_')) at++;
        if (at >= text.Length || text[at] != ':' || !IsBlankOrEnd(text, at + 1)) throw new YamlSubsetReader.OffFastPath();
        key = text[start..at];
        EnterValue(at + 1, indent, afterDash: false);
        return true;
    }

    public ListState BeginList()
    {
        if (_flow) throw new YamlSubsetReader.OffFastPath();
        if (_inline)
        {
            if (Text[_pos] != '[') throw new YamlSubsetReader.OffFastPath();
            _pos++;
            _flow = true;
            _inline = false;
            return new ListState { Flow = true };
        }
        var indentless = !_afterDash && _indent == _owner;
        if (_indent < 0 || _indent < _owner || (_indent == _owner && !indentless) || !IsDash(_lineStart + _indent))
            throw new YamlSubsetReader.OffFastPath();
        return new ListState { Indent = _indent, Indentless = indentless };
    }

    /// <summary>Positions the reader at the next item of the sequence; false at its end.</summary>
    public bool NextItem(ref ListState list)
    {
        if (list.Flow) return NextFlowItem(ref list);
        if (_indent < list.Indent) return false;
        if (_indent > list.Indent) throw new YamlSubsetReader.OffFastPath();
        if (!IsDash(_lineStart + _indent))
        {
            // At an indentless sequence's indentation, the owning mapping's next key ends it.
            if (list.Indentless) return false;
            throw new YamlSubsetReader.OffFastPath();
        }
        EnterValue(_lineStart + _indent + 1, list.Indent, afterDash: true);
        return true;
    }

    private bool NextFlowItem(ref ListState list)
    {
        var text = Text;
        SkipSpaces();
        if (_pos < text.Length && text[_pos] == ']')
        {
            _pos++;
            _flow = false;
            EndLine();
            return false;
        }
        if (list.Started)
        {
            if (_pos >= text.Length || text[_pos] != ',') throw new YamlSubsetReader.OffFastPath();
            _pos++;
            SkipSpaces();
        }
        list.Started = true;
        // An empty entry, a trailing comma, or a sequence that goes on past its line.
        if (_pos >= text.Length || text[_pos] is ',' or ']' or '\n') throw new YamlSubsetReader.OffFastPath();
        return true;
    }

    private string ReadFlowItem()
    {
        var text = Text;
        string value;
        if (text[_pos] == '\'') value = ReadSingleQuotedText();
        else if (text[_pos] == '"') value = ReadDoubleQuotedText();
        else
        {
            if (Indicators.Contains(text[_pos])) throw new YamlSubsetReader.OffFastPath();
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or ']' or '\n'))
            {
                if (text[_pos] is '[' or '{' or '}' or '#' or ':') throw new YamlSubsetReader.OffFastPath();
                _pos++;
            }
            value = Plain(text[start.._pos].TrimEnd(' '));
        }
        SkipSpaces();
        if (_pos >= text.Length || text[_pos] is not (',' or ']')) throw new YamlSubsetReader.OffFastPath();
        return value;
    }

    /// <summary>Positions the reader at the value after a key's colon or a dash at <paramref name="after"/>.</summary>
    private void EnterValue(int after, int owner, bool afterDash)
    {
        _owner = owner;
        _afterDash = afterDash;
        _pos = after;
        SkipSpaces();
        var text = Text;
        if (_pos < text.Length && text[_pos] is not ('\n' or '#'))
        {
            _inline = true;
            return;
        }
        _inline = false;
        if (_pos < text.Length && text[_pos] == '#') SkipComment();
        if (_pos >= text.Length) { _indent = -1; return; }
        NextLine();
        SkipToContentLine();
    }

    /// <summary>After a value: only spaces and a comment may follow on its line, and no later line may be indented past its owner.</summary>
    private void EndLine()
    {
        var text = Text;
        var valueEnd = _pos;
        SkipSpaces();
        if (_pos < text.Length && text[_pos] == '#')
        {
            if (_pos == valueEnd) throw new YamlSubsetReader.OffFastPath();
            SkipComment();
        }
        if (_pos < text.Length && text[_pos] != '\n') throw new YamlSubsetReader.OffFastPath();
        if (_pos >= text.Length) { _indent = -1; return; }
        NextLine();
        SkipToContentLine();
        if (_indent > _owner) throw new YamlSubsetReader.OffFastPath();
    }

    /// <summary>From a line's start, skips blank and comment lines; sets the indentation of the line found (-1 at the end).</summary>
    private void SkipToContentLine()
    {
        var text = Text;
        while (_pos < text.Length)
        {
            var spaces = SpacesAt(_pos);
            var at = _pos + spaces;
            if (at < text.Length && text[at] != '\n' && text[at] != '#')
            {
                _indent = spaces;
                return;
            }
            var lineEnd = text[at..].IndexOf('\n');
            if (lineEnd < 0) break;
            _pos = at + lineEnd;
            NextLine();
        }
        _pos = text.Length;
        _indent = -1;
    }

    /// <summary>Moves past the line break at <see cref="_pos"/>.</summary>
    private void NextLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipComment()
    {
        var end = Text[_pos..].IndexOf('\n');
        _pos = end < 0 ? Text.Length : _pos + end;
    }

    private void SkipSpaces()
    {
        var text = Text;
        while (_pos < text.Length && text[_pos] == ' ') _pos++;
    }

    private int SpacesAt(int at)
    {
        var rest = Text[at..];
        var spaces = rest.IndexOfAnyExcept(' ');
        return spaces < 0 ? rest.Length : spaces;
    }

    private bool IsDash(int at) => Text[at] == '-' && IsBlankOrEnd(Text, at + 1);

    private static bool IsBlankOrEnd(ReadOnlySpan<char> text, int at) => at >= text.Length || text[at] is ' ' or '\n';

    private static bool IsLineEnd(ReadOnlySpan<char> text, int at) => at >= text.Length || text[at] == '\n';
}
