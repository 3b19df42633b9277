using System.Buffers;

namespace Lectern.Stages.Clean;

/// <summary>
/// Whether the extractor joined printed lines into one line of its text, and so over which length a line
/// may hold a hyphen the join dropped:
/// the evidence <see cref="Dehyphenator"/> needs before it puts a hyphen back inside a line.
/// </summary>
internal static class JoinedLineLength
{
    /// <summary>
    /// The length over which a line may be several printed lines the extractor joined. Only an extractor that
    /// joins lines makes a line clearly wider than the document's full lines (over 1.1 times the widest, the
    /// 95th percentile of lines up to 1.3 times the typical one, as the paragraph layout measures it); then any
    /// line longer than the median may be one, as a joined piece can be short (<c>five</c> + <c>year plan.</c>).
    /// Without such a line none is: in justified text half the lines are longer than the median.
    /// Counted, not sorted: a line's length bounds the counts.
    /// </summary>
    public static int Of(ReadOnlySpan<int> lengths)
    {
        var longest = 0;
        foreach (var length in lengths) longest = Math.Max(longest, length);
        var counts = ArrayPool<int>.Shared.Rent(longest + 1);
        Array.Clear(counts, 0, longest + 1);
        foreach (var length in lengths) counts[length]++;
        var typical = LengthAt(counts, longest, lengths.Length / 2);
        var fullMost = Math.Min(longest, typical * 13 / 10);
        var full = 0;
        for (var length = 0; length <= fullMost; length++) full += counts[length];
        var widest = LengthAt(counts, fullMost, full * 95 / 100);
        ArrayPool<int>.Shared.Return(counts);
        return longest > widest * 11 / 10 ? typical : int.MaxValue;
    }

    /// <summary>The length at index <paramref name="index"/> of the sorted lengths counted in <paramref name="counts"/> (up to <paramref name="longest"/>).</summary>
    private static int LengthAt(int[] counts, int longest, int index)
    {
        var seen = 0;
        for (var length = 0; length < longest; length++)
        {
            seen += counts[length];
            if (seen > index) return length;
        }
        return longest;
    }
}
