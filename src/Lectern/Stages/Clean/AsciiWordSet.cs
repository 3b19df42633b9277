using System.Text;

namespace Lectern.Stages.Clean;

/// <summary>
/// A fixed set of lower-case ASCII words, asked about words of any case. The cleaner asks the word list tens of
/// thousands of times per text: here the asked word is lower-cased and hashed in one pass, and looked up in an
/// open-addressing table whose slot holds the word's hash and its place in one array of all the words' characters,
/// so a lookup reads two places in memory (the slot, the characters) and calls no comparer.
/// </summary>
internal sealed class AsciiWordSet
{
    private readonly record struct Slot(int Hash, int Start, int Length);

    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <param name="lowerCaseWords">Distinct words, lower-case.</param>
    public AsciiWordSet(IReadOnlyCollection<string> lowerCaseWords) : this(string.Join('\n', lowerCaseWords), lowerCaseWords.Count)
    {
    }

    /// <summary>
    /// The set of the ASCII words of <paramref name="lines"/> (one word per line, any case), stored lower-cased in
    /// place in one copy of the text: loading the shipped list makes no string per word.
    /// </summary>
    public AsciiWordSet(ReadOnlySpan<char> lines, int lineCount)
    {
        // At most three slots in four taken: probe runs stay short.
        var size = 16;
        while (size < lineCount * 4 / 3) size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        _chars = new char[lines.Length];
        var start = 0;
        foreach (var line in lines.EnumerateLines())
        {
            var word = _chars.AsSpan(start, line.Length);
            if (line.Length > 0 && Ascii.IsValid(line) && !Contains(line))
            {
                var hash = Hash(line, word, lowerInto: true);
                var slot = hash & _mask;
                while (_slots[slot].Length > 0) slot = (slot + 1) & _mask;
                _slots[slot] = new Slot(hash, start, line.Length);
                Longest = Math.Max(Longest, line.Length);
            }
            start += line.Length;
        }
    }

    /// <summary>The longest word's length: no longer word is in the set.</summary>
    public int Longest { get; private set; }

    /// <summary>Whether the set holds <paramref name="word"/> (ASCII) lower-cased.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > Longest || word.Length == 0) return false;
        Span<char> lower = stackalloc char[word.Length];
        var hash = Hash(word, lower, lowerInto: true);
        for (var slot = hash & _mask; _slots[slot] is { Length: > 0 } candidate; slot = (slot + 1) & _mask)
            if (candidate.Hash == hash && candidate.Length == lower.Length && lower.SequenceEqual(_chars.AsSpan(candidate.Start, candidate.Length)))
                return true;
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
