using System.Globalization;

namespace Lectern.Diagnostics;

/// <summary>
/// The lines a build prints for its diagnostics. One mistake repeated through a large file (a shared form
/// in thousands of glossary entries) would otherwise print thousands of lines that hide every other
/// problem: each code shows its first <see cref="PerCode"/> diagnostics, then one line counts the rest.
/// </summary>
public static class DiagnosticLines
{
    public const int PerCode = 100;

    /// <summary>The diagnostics in their order, at most <paramref name="perCode"/> of each code, then an "and N more" line per code cut short.</summary>
    public static IEnumerable<string> Capped(IEnumerable<Diagnostic> diagnostics, int perCode = PerCode)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var count = shown[diagnostic.Code] = shown.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= perCode) yield return diagnostic.ToString();
        }
        foreach (var (code, count) in shown.Where(c => c.Value > perCode).OrderBy(c => c.Key, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"… and {count - perCode:N0} more {code} like this");
    }
}
