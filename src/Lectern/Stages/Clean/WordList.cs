using System.IO.Compression;

namespace Lectern.Stages.Clean;

/// <summary>
/// An English word list shipped with Lectern (SCOWL via Debian's wamerican; licence beside the file),
/// lower-case, loaded once on first use. Evidence for hyphenation decisions after the document itself.
/// </summary>
public static class WordList
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Spans =
        new(() => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool Contains(string word) => Contains(word.AsSpan());

    public static bool Contains(ReadOnlySpan<char> word) => word.Length > 0 && Spans.Value.Contains(word);

    private static HashSet<string> Load()
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream("Lectern.english-words.txt.gz")
            ?? throw new InvalidOperationException("the embedded word list is missing from the Lectern assembly");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new HashSet<string>(80_000, StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) words.Add(line);
        return words;
    }
}
