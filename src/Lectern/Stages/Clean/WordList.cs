using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Lectern.Stages.Clean;

/// <summary>
/// An English word list shipped with Lectern (SCOWL's American, British and Canadian lists via Debian's wamerican,
/// wbritish and wcanadian; licence beside the file), so "colour" is as much a word as "color";
/// lower-case, loaded once on first use. Evidence for hyphenation decisions after the document itself.
/// Words compare ignoring case (ordinal).
/// </summary>
public static class WordList
{
    // The cleaner asks for tens of thousands of words per text, nearly all ASCII: those are looked up among the
    // list's ASCII words by AsciiWordSet, lower-cased as they are hashed. Ignoring case, an ASCII word can also
    // equal a listed word written with 'ı' or 'ſ', and a non-ASCII word an ASCII one: the ignore-case set of
    // every word answers those (the shipped list is all ASCII).
    private static readonly Lazy<Lists> Words = new(Load);

    private sealed record Lists(
        AsciiWordSet LowerAscii,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherIgnoringCase,
        Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> AllIgnoringCase);

    /// <summary>Loads the list (a few hundredths of a second) ahead of the first text, e.g. on another thread while content loads.</summary>
    public static void WarmUp() => GC.KeepAlive(Words.Value);

    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        var lists = Words.Value;
        if (!Ascii.IsValid(word)) return lists.AllIgnoringCase.Value.Contains(word);
        if (lists.OtherIgnoringCase.Set.Count > 0 && lists.OtherIgnoringCase.Contains(word)) return true;
        return lists.LowerAscii.Contains(word);
    }

    private static Lists Load()
    {
        var bytes = ReadList();
        var other = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!Ascii.IsValid(bytes))
            foreach (var word in AllWords())
                if (!Ascii.IsValid(word)) other.Add(word);
        return new Lists(new AsciiWordSet(bytes, bytes.AsSpan().Count((byte)'\n') + 1), other.GetAlternateLookup<ReadOnlySpan<char>>(),
            new(() => new HashSet<string>(AllWords(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>()));
    }

    /// <summary>The list as UTF-8: one word per line.</summary>
    private static byte[] ReadList()
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream("Lectern.english-words.txt.gz")
            ?? throw new InvalidOperationException("the embedded word list is missing from the Lectern assembly");
        // A gzip file ends with its text's length (modulo 4 GiB), so the text is read into one array of its size.
        Span<byte> length = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(length);
        stream.Position = 0;
        var text = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        gzip.ReadExactly(text);
        return text;
    }

    private static IEnumerable<string> AllWords() =>
        Encoding.UTF8.GetString(ReadList()).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
