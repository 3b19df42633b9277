using System.Buffers;

namespace Lectern.Stages.Load;

/// <summary>The scalar values <see cref="SimpleYamlReader"/> reads: plain, quoted, and folded or literal blocks.</summary>
internal sealed partial class SimpleYamlReader
{
    private string ReadPlain()
    {
        var text = Text;
        var start = _pos;
        var end = start;
        while (end < text.Length && text[end] != '\n')
        {
            var c = text[end];
            if (c == '#' && text[end - 1] == ' ') break;
            if (c == ':' && IsBlankOrEnd(text, end + 1)) throw new YamlSubsetReader.OffFastPath();
            end++;
        }
        var plain = text[start..end].TrimEnd(' ');
        var value = Plain(plain);
        _pos = start + plain.Length;
        EndLine();
        return value;
    }

    /// <summary>A plain value as text; YAML's plain nulls are left to the Deserializer (it reads them as null).</summary>
    private static string Plain(ReadOnlySpan<char> value) =>
        value is "" or "~" or "null" or "Null" or "NULL" ? throw new YamlSubsetReader.OffFastPath() : value.ToString();

    private string ReadSingleQuoted()
    {
        var value = ReadSingleQuotedText();
        EndLine();
        return value;
    }

    private string ReadDoubleQuoted()
    {
        var value = ReadDoubleQuotedText();
        EndLine();
        return value;
    }

    /// <summary>A one-line single-quoted value, where '' stands for '.</summary>
    private string ReadSingleQuotedText()
    {
        var text = Text;
        var start = _pos + 1;
        var at = start;
        var quotes = 0;
        while (true)
        {
            var close = text[at..].IndexOfAny('\'', '\n');
            if (close < 0 || text[at + close] == '\n') throw new YamlSubsetReader.OffFastPath();
            at += close;
            if (at + 1 < text.Length && text[at + 1] == '\'')
            {
                quotes++;
                at += 2;
                continue;
            }
            break;
        }
        _pos = at + 1;
        var raw = text[start..at];
        return quotes == 0 ? raw.ToString() : raw.ToString().Replace("''", "'", StringComparison.Ordinal);
    }

    /// <summary>A one-line double-quoted value without escapes.</summary>
    private string ReadDoubleQuotedText()
    {
        var text = Text;
        var start = _pos + 1;
        var close = text[start..].IndexOfAny('"', '\\', '\n');
        if (close < 0 || text[start + close] != '"') throw new YamlSubsetReader.OffFastPath();
        _pos = start + close + 1;
        return text.Slice(start, close).ToString();
    }

    /// <summary>
    /// A folded (&gt;) or literal (|) value, clipped or stripped (-), whose indentation its first line sets. Lines
    /// are joined by a space (folded) or a line break (literal); each blank line between them is a line break.
    /// </summary>
    private string ReadBlockScalar()
    {
        var text = Text;
        var folded = text[_pos] == '>';
        _pos++;
        var strip = _pos < text.Length && text[_pos] == '-';
        if (strip) _pos++;
        if (!IsBlankOrEnd(text, _pos)) throw new YamlSubsetReader.OffFastPath();
        SkipSpaces();
        if (_pos < text.Length && text[_pos] == '#') SkipComment();
        if (_pos >= text.Length || text[_pos] != '\n') throw new YamlSubsetReader.OffFastPath();
        NextLine();

        var indent = SpacesAt(_pos);
        if (indent <= _owner || IsLineEnd(text, _pos + indent)) throw new YamlSubsetReader.OffFastPath();
        // No value is longer than the text it is read from.
        var scratch = _scratch ??= ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var blanks = 0;
        var endsInBreak = false;
        var any = false;
        while (_pos < text.Length)
        {
            var spaces = SpacesAt(_pos);
            var lineEnd = text[_pos..].IndexOf('\n') is var n and >= 0 ? _pos + n : text.Length;
            if (_pos + spaces == lineEnd)
            {
                // A blank line; one with more spaces than the indentation would hold content.
                if (spaces > indent) throw new YamlSubsetReader.OffFastPath();
                blanks++;
                if (lineEnd == text.Length) { _pos = lineEnd; break; }
                NextLine();
                continue;
            }
            if (spaces < indent) break;
            if (spaces > indent && folded) throw new YamlSubsetReader.OffFastPath();
            if (text[lineEnd - 1] == ' ') throw new YamlSubsetReader.OffFastPath();
            if (any)
            {
                if (folded && blanks == 0) scratch[length++] = ' ';
                for (var i = folded ? 0 : -1; i < blanks; i++) scratch[length++] = '\n';
            }
            var content = text[(_pos + indent)..lineEnd];
            content.CopyTo(scratch.AsSpan(length));
            length += content.Length;
            any = true;
            blanks = 0;
            endsInBreak = lineEnd < text.Length;
            _pos = lineEnd;
            if (lineEnd == text.Length) break;
            NextLine();
        }
        if (!strip && endsInBreak) scratch[length++] = '\n';
        var value = new string(scratch, 0, length);
        if (_pos < text.Length) SkipToContentLine();
        else _indent = -1;
        if (_indent > _owner) throw new YamlSubsetReader.OffFastPath();
        return value;
    }
}
