using System.Collections.Concurrent;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Each reading's terms and the hits they occur in, gathered while the reading's own pages are made (its text is
/// let go after that) and taken, in the site's reading order, by <see cref="SearchIndex"/>. Readings are added
/// from several threads at once. A reading's terms are kept as one small array of variable-length numbers (its
/// hits per text file, then per term: term number, hit count, hits each less the one before), and each term's string once for the build: a thousand
/// readings' worth of lists and dictionaries would double the build's memory.
/// </summary>
public sealed class SearchPostings
{
    private readonly ConcurrentDictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _byReading = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _lastNumber;

    public SearchPostings() => _lookup = _termNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private string[]? _terms;

    private SearchPostings(SearchPostings last)
    {
        _termNumbers = new ConcurrentDictionary<string, int>(last._termNumbers, StringComparer.Ordinal);
        _lookup = _termNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _lastNumber = last._lastNumber;
    }

    /// <summary>
    /// Empty postings that number terms as a table written by an earlier process (<see cref="TermTable"/>), so that
    /// readings' <see cref="Encoded"/> postings recorded with that table can be added unchanged.
    /// </summary>
    public static SearchPostings WithTerms(IReadOnlyList<string?> table)
    {
        var postings = new SearchPostings();
        for (var number = 0; number < table.Count; number++)
            if (table[number] is { } term) postings._termNumbers[term] = number;
        postings._lastNumber = Math.Max(0, table.Count - 1);
        return postings;
    }

    /// <summary>
    /// Empty postings for the next build that number terms as these do (and new terms after them), so that a
    /// reading's <see cref="Encoded"/> postings from this build can be added to it unchanged. Call once these are complete.
    /// </summary>
    public SearchPostings NextBuild() => new(this);

    /// <summary>The reading's postings as <see cref="Add"/> made them, before <see cref="Take"/>; null for a reading not added.</summary>
    public byte[]? Encoded(string slug) => _byReading.GetValueOrDefault(slug);

    /// <summary>Adds a reading's postings encoded by the postings these continue (<see cref="NextBuild"/>), without indexing its hits again.</summary>
    public void AddEncoded(string slug, byte[] postings) => _byReading[slug] = postings;

    /// <summary>
    /// Indexes one reading's hits: every term with the ascending, distinct hit numbers it occurs in, and how many
    /// hits each of its text files holds (<see cref="SearchFiles.HitsPerTextFile"/>), which the index's meta file gives.
    /// </summary>
    public void Add(string slug, IReadOnlyList<SearchHits.Hit> hits, int hitsPerTextFile)
    {
        // (term number, hit) pairs as one number each, sorted: each term's hits then follow one another in order.
        var pairs = new Pairs(this, new List<long>(hits.Count * 32));
        for (var hit = 0; hit < hits.Count; hit++)
        {
            pairs.Hit = hit;
            SearchTerms.ForEach(hits[hit].Text, static (ReadOnlySpan<char> term, ref Pairs p) => p.List.Add(((long)p.Owner.Number(term) << 32) | (uint)p.Hit), ref pairs);
        }
        var sorted = pairs.List;
        sorted.Sort();
        using var bytes = new MemoryStream(sorted.Count * 2);
        using var writer = new BinaryWriter(bytes);
        writer.Write7BitEncodedInt(hitsPerTextFile);
        for (var i = 0; i < sorted.Count;)
        {
            var number = (int)(sorted[i] >> 32);
            var end = i;
            var count = 0;
            for (var previous = -1L; end < sorted.Count && sorted[end] >> 32 == number; end++)
                if (sorted[end] != previous) { count++; previous = sorted[end]; }
            writer.Write7BitEncodedInt(number);
            writer.Write7BitEncodedInt(count);
            var last = 0;
            for (var previous = -1L; i < end; i++)
            {
                if (sorted[i] == previous) continue;
                previous = sorted[i];
                var hit = (int)(sorted[i] & 0xffffffff);
                writer.Write7BitEncodedInt(hit - last);
                last = hit;
            }
        }
        _byReading[slug] = bytes.ToArray();
    }

    private struct Pairs(SearchPostings owner, List<long> list)
    {
        public readonly SearchPostings Owner = owner;
        public readonly List<long> List = list;
        public int Hit;
    }

    /// <summary>The term's number, the same for every reading; a new term's string is made once, here.</summary>
    private int Number(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var number)) return number;
        return _termNumbers.GetOrAdd(term.ToString(), static (_, self) => Interlocked.Increment(ref self._lastNumber), this);
    }

    /// <summary>One reading's part of the index: how many hits each of its text files holds, and its terms with their hits.</summary>
    public sealed record ReadingTerms(int HitsPerTextFile, List<(string Term, int[] Hits)> Terms);

    /// <summary>The reading's terms with their hits, removed from here; none for a reading never added. Called once every reading is added.</summary>
    public ReadingTerms Take(string slug)
    {
        if (!_byReading.TryRemove(slug, out var bytes)) return new ReadingTerms(1, []);
        var terms = _terms ??= TermTable();
        var at = 0;
        var taken = new ReadingTerms(Read7BitEncodedInt(bytes, ref at), []);
        while (at < bytes.Length)
        {
            var term = terms[Read7BitEncodedInt(bytes, ref at)];
            var hits = new int[Read7BitEncodedInt(bytes, ref at)];
            var previous = 0;
            for (var i = 0; i < hits.Length; i++) hits[i] = previous += Read7BitEncodedInt(bytes, ref at);
            taken.Terms.Add((term, hits));
        }
        return taken;
    }

    /// <summary>One number as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> wrote it (seven bits a byte, low first, the high bit set on all but the last).</summary>
    private static int Read7BitEncodedInt(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
    }

    /// <summary>Every term's string at its number (none at 0, which no term has). Call once these are complete.</summary>
    public string[] TermTable()
    {
        var terms = new string[_lastNumber + 1];
        foreach (var (term, number) in _termNumbers) terms[number] = term;
        return terms;
    }
}
