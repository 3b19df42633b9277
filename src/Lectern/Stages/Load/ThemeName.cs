using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Stages.Load;

/// <summary>
/// site.yml's <c>theme</c> names a folder in the themes folder and nothing else: a path such as
/// <c>../content/x</c> would take templates and scripts (which the pages' security policy allows) from anywhere.
/// </summary>
public static partial class ThemeName
{
    public static bool IsValid(string name) => FolderName().IsMatch(name);

    /// <summary>Adds a <see cref="DiagnosticCodes.ThemeNameInvalid"/> error at the <c>theme</c> line of site.yml when the name is not a folder name.</summary>
    public static void Check(SiteConfig config, string sitePath, string siteDisplay, DiagnosticBag diagnostics)
    {
        if (IsValid(config.Theme)) return;
        var (line, column) = TopLevelKey.Position(sitePath, "theme");
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeNameInvalid, siteDisplay, line, column,
            $"theme '{config.Theme}' is not the name of a folder in the themes folder; use a folder name such as 'default' (letters, digits, '-', '_' and '.', not first), no path"));
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*\z")]
    private static partial Regex FolderName();
}
