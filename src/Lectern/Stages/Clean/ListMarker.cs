using System.Text.RegularExpressions;

namespace Lectern.Stages.Clean;

/// <summary>
/// The printed marker a list item or a numbered heading opens with: a bullet glyph (<c>•</c>, <c>-</c>, <c>–</c>,
/// <c>*</c>, ...) or an enumerator (<c>(1)</c>, <c>1.</c>, <c>1)</c>, <c>a)</c>, <c>A.</c>, <c>iv.</c>, <c>IV.</c>),
/// followed by a space; or a marker alone on its line (mutool sets it apart from the item's text). <see cref="Style"/> says which sequence it belongs to (<c>1.</c> and <c>2.</c> share one,
/// <c>a.</c> another); <see cref="Value"/> is its place in that sequence (1 for <c>1.</c>, <c>a.</c>, <c>i.</c>; 0 for a bullet).
/// </summary>
public readonly partial record struct ListMarker(string Style, int Value, int Length, bool IsBullet)
{
    private const string Bullets = "•◦▪▫●○■□‣⁃·∙–—-*";

    [GeneratedRegex(@"^(?:\((?<n>\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)|(?<n>\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})(?<close>[.)]))(?= \S|$)")]
    private static partial Regex Enumerator();

    /// <summary>The marker alone on its line, without the item's text.</summary>
    public static bool IsAlone(ReadOnlySpan<char> line) => Of(line) is { } marker && marker.Length == line.Length;

    /// <summary>The marker <paramref name="line"/> opens with, if any.</summary>
    public static ListMarker? Of(ReadOnlySpan<char> line)
    {
        if (line.Length >= 3 && Bullets.Contains(line[0]) && line[1] == ' ' && !char.IsWhiteSpace(line[2])
            || line.Length == 1 && Bullets.Contains(line[0]) && line[0] != '-')
            return new ListMarker("bullet " + line[0], 0, 1, true);
        if (line.Length < 2 || !(char.IsAsciiLetterOrDigit(line[0]) || line[0] == '(')) return null;
        var match = Enumerator().Match(line.Length > 12 ? line[..12].ToString() : line.ToString());
        if (!match.Success) return null;
        var n = match.Groups["n"].Value;
        var form = match.Groups["close"].Success ? "n" + match.Groups["close"].Value : "(n)";
        var (kind, value) = Numbering(n);
        return kind is null ? null : new ListMarker(kind + " " + form, value, match.Length, false);
    }

    /// <summary>The same marker read as a letter where it could be a roman numeral too (<c>i.</c> after <c>h.</c>).</summary>
    public ListMarker? AsLetter() =>
        Style.StartsWith("roman", StringComparison.Ordinal) && Value is 1 or 5 or 10 or 50 or 100
            ? this with { Style = (Style.StartsWith("roman-lower", StringComparison.Ordinal) ? "lower" : "upper") + Style[Style.IndexOf(' ')..], Value = LetterValue(Value) }
            : null;

    private static int LetterValue(int roman) => roman switch
    {
        1 => 'i' - 'a' + 1,
        5 => 'v' - 'a' + 1,
        10 => 'x' - 'a' + 1,
        50 => 'l' - 'a' + 1,
        _ => 'c' - 'a' + 1,
    };

    private static (string? Kind, int Value) Numbering(string n)
    {
        if (char.IsAsciiDigit(n[0])) return ("arabic", int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
        if (RomanValue(n) is { } roman) return (char.IsLower(n[0]) ? "roman-lower" : "roman-upper", roman);
        if (n.Length == 1) return (char.IsLower(n[0]) ? "lower" : "upper", char.ToLowerInvariant(n[0]) - 'a' + 1);
        return (null, 0);
    }

    /// <summary>The value of a roman numeral written in one case, or null.</summary>
    public static int? RomanValue(string text)
    {
        if (text.Length == 0 || !(text.All(char.IsLower) || text.All(char.IsUpper))) return null;
        var (total, previous) = (0, int.MaxValue);
        foreach (var c in text.ToUpperInvariant())
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return null;
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }
        return total;
    }
}
