using System.Buffers;
using System.Globalization;
using System.Text;

namespace Lectern.Diagnostics;

/// <summary>Wording shared by diagnostic messages.</summary>
public static class DiagnosticText
{
    /// <summary>"5, 41, 77" or, for a long list, its first items and the count: "5, 41, …, 113 (83 in all)".</summary>
    public static string Numbers(IEnumerable<int> numbers, int shown = 8)
    {
        var all = numbers.ToList();
        return all.Count <= shown
            ? string.Join(", ", all)
            : $"{string.Join(", ", all.Take(shown))}, … ({all.Count} in all)";
    }

    /// <summary>
    /// Characters a terminal acts on rather than shows: C0 controls (tab and line breaks included, as a
    /// diagnostic is one line), DEL, C1 controls, Unicode line and paragraph separators, and the
    /// bidirectional overrides and isolates that reorder what is shown.
    /// </summary>
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary><paramref name="text"/> with each character <see cref="Unprintable"/> written as <c>\xHH</c> or <c>\uHHHH</c>.</summary>
    public static string Printable(string text)
    {
        var at = text.AsSpan().IndexOfAny(Unprintable);
        if (at < 0) return text;
        var printable = new StringBuilder(text.Length + 8);
        printable.Append(text, 0, at);
        foreach (var c in text.AsSpan(at))
        {
            if (!Unprintable.Contains(c)) printable.Append(c);
            else if (c <= 0xFF) printable.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return printable.ToString();
    }
}
