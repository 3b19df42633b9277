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
}
