using System.Text;

namespace Lectern.Stages.Clean;

/// <summary>
/// A fixed set of lower-case ASCII words, asked about words of any case. The cleaner asks the word list tens of
/// thousands of times per text: here the asked word is lower-cased and hashed in one pass, and looked up in an
/// open-addressing table whose slot holds the word's hash and its place in one array of all the words' bytes,
/// so a lookup reads two places in memory (the slot, the bytes) and calls no comparer.
/// </summary>
internal sealed class AsciiWordSet
{
    private readonly record struct Slot(int Hash, int Start, int Length);

    private readonly Slot[] _slots;
    private readonly byte[] _words;
    private readonly int _mask;

    /// <summary>
    /// The set of the ASCII words of <paramref name="lines"/> (UTF-8, one word per line, any case). The words are
    /// lower-cased and packed in place, so the set keeps that one array and makes nothing per word.
    /// </summary>
    /// <param name="lineCount">About how many lines there are, to size the table.</param>
    public AsciiWordSet(byte[] lines, int lineCount)
    {
        // At most three slots in four taken: probe runs stay short.
        var size = 16;
        while (size < lineCount * 4 / 3) size *= 2;
        _slots = new Slot[size];
        _mask = size - 1;
        _words = lines;
        var packed = 0;
        for (var next = 0; next < lines.Length;)
        {
            var end = Array.IndexOf(lines, (byte)'\n', next);
            if (end < 0) end = lines.Length;
            var line = lines.AsSpan(next, end - next).TrimEnd((byte)'\r');
            next = end + 1;
            if (line.Length == 0 || !Ascii.IsValid(line)) continue;

            // The word is written lower-case at the packed end, which is never past its own place in the text,
            // so copying forward byte by byte reads each byte before it is overwritten.
            var word = lines.AsSpan(packed, line.Length);
            for (var i = 0; i < line.Length; i++) word[i] = (byte)(line[i] | (char.IsAsciiLetterUpper((char)line[i]) ? 0x20 : 0));
            var hash = Hash(word);
            var slot = hash & _mask;
            var known = false;
            for (; _slots[slot] is { Length: > 0 } taken; slot = (slot + 1) & _mask)
                known |= taken.Hash == hash && word.SequenceEqual(lines.AsSpan(taken.Start, taken.Length));
            if (known) continue;
            _slots[slot] = new Slot(hash, packed, word.Length);
            packed += word.Length;
            Longest = Math.Max(Longest, word.Length);
        }
    }

    /// <summary>The longest word's length: no longer word is in the set.</summary>
    public int Longest { get; }

    /// <summary>Whether the set holds <paramref name="word"/> (ASCII) lower-cased.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > Longest || word.Length == 0) return false;
        Span<char> lower = stackalloc char[word.Length];
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterUpper(c)) c = (char)(c | 0x20);
            lower[i] = c;
            hash = (hash ^ c) * 16777619u;
        }
        var key = (int)(hash & 0x7FFFFFFF);
        for (var slot = key & _mask; _slots[slot] is { Length: > 0 } candidate; slot = (slot + 1) & _mask)
            if (candidate.Hash == key && candidate.Length == lower.Length && Ascii.Equals(_words.AsSpan(candidate.Start, candidate.Length), lower))
                return true;
        return false;
    }

    /// <summary>FNV-1a of a lower-case ASCII word, as <see cref="Contains"/> hashes the word it is asked.</summary>
    private static int Hash(ReadOnlySpan<byte> word)
    {
        var hash = 2166136261u;
        foreach (var b in word) hash = (hash ^ b) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
