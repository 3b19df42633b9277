using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lectern.Links;

/// <summary>
/// The ids of a reading's sections: slugs of their titles. One place, because the page gives a document's headings
/// these ids and <c>anchors.lock</c> records them, and both must agree.
/// </summary>
public static partial class SectionIds
{
    /// <summary>
    /// "The data report" becomes <c>the-data-report</c>: letters (any script) and digits, lower-cased,
    /// joined by hyphens; a title without letters or digits becomes <c>section-N</c>.
    /// </summary>
    public static string Slug(string title, int position)
    {
        var sb = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2019') continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().TrimEnd('-');
        return slug.Length == 0 ? "section-" + position.ToString(CultureInfo.InvariantCulture) : slug;
    }

    /// <summary>
    /// The ids of a document's own headings, in order: each the slug of its title, <c>section-</c> before a slug
    /// that would be a paragraph id or <c>main</c>, and <c>-2</c>, <c>-3</c>... after a slug an earlier heading has.
    /// </summary>
    public static IReadOnlyList<string> ForHeadings(IEnumerable<string> titles)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>();
        var position = 0;
        foreach (var title in titles)
        {
            position++;
            var slug = Slug(title.Trim(), position);
            if (IsReserved(slug)) slug = "section-" + slug;
            var id = slug;
            for (var n = 2; !used.Add(id); n++) id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>Whether <paramref name="id"/> has a slug's form: lower-case letters (any script) and digits, joined by single hyphens.</summary>
    public static bool IsValid(ReadOnlySpan<char> id) => ValidId().IsMatch(id);

    /// <summary>Whether <paramref name="id"/> is taken by the page itself: a paragraph id (<c>p-N</c>) or <c>main</c>.</summary>
    public static bool IsReserved(ReadOnlySpan<char> id) => ReservedId().IsMatch(id);

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Lm}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{Nd}]+)*$")]
    private static partial Regex ValidId();

    [GeneratedRegex(@"^(?:p-\d+|main)$")]
    private static partial Regex ReservedId();
}
