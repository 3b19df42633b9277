namespace Lectern.Stages.Clean;

/// <summary>
/// A fixed set of lower-case ASCII words, asked about words of any case. The cleaner asks the word list tens of
/// thousands of times per text: here the asked word is lower-cased and hashed in one pass, and looked up in an
/// open-addressing table of the words, without the generic set's comparer calls.
/// </summary>
internal sealed class AsciiWordSet
{
    private readonly string?[] _words;
    private readonly int[] _hashes;
    private readonly int _mask;

    public AsciiWordSet(IReadOnlyCollection<string> lowerCaseWords)
    {
        var size = 16;
        while (size < lowerCaseWords.Count * 2) size *= 2;
        _words = new string?[size];
        _hashes = new int[size];
        _mask = size - 1;
        foreach (var word in lowerCaseWords)
        {
            Longest = Math.Max(Longest, word.Length);
            var hash = Hash(word, [], lowerInto: false);
            var slot = hash & _mask;
            while (_words[slot] is { } taken && !(_hashes[slot] == hash && taken == word)) slot = (slot + 1) & _mask;
            (_words[slot], _hashes[slot]) = (word, hash);
        }
    }

    /// <summary>The longest word's length: no longer word is in the set.</summary>
    public int Longest { get; }

    /// <summary>Whether the set holds <paramref name="word"/> (ASCII) lower-cased.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > Longest) return false;
        Span<char> lower = stackalloc char[word.Length];
        var hash = Hash(word, lower, lowerInto: true);
        for (var slot = hash & _mask; _words[slot] is { } candidate; slot = (slot + 1) & _mask)
            if (_hashes[slot] == hash && lower.SequenceEqual(candidate)) return true;
        return false;
    }

    /// <summary>FNV-1a of the word lower-cased (ASCII letters only), writing the lower-cased word when asked.</summary>
    private static int Hash(ReadOnlySpan<char> word, Span<char> lower, bool lowerInto)
    {
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            if (lowerInto) lower[i] = c;
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}
