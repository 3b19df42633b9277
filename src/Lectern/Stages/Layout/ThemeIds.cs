using System.Text.RegularExpressions;
using Lectern.Glossary;

namespace Lectern.Stages.Layout;

/// <summary>
/// The element ids the theme's pages use, which a content id (a note, an outline section, a glossary entry)
/// must not take: two elements with one id break the page's links, dialogs and scripts. They are read from
/// the templates: each literal <c>id="toc"</c> reserves that id, and one that starts with text before a Liquid
/// output (<c>id="cite-{{ c.id }}"</c>) reserves that text as a prefix. The ids Lectern writes into a template
/// from its model (the term popover, the glossary definitions) are added.
/// </summary>
public sealed partial class ThemeIds
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);

    private ThemeIds()
    {
        _ids[TermMarkup.PopoverId] = "Lectern's term popover";
        _prefixes[TermMarkup.DefinitionId("")] = "Lectern's glossary definitions on reading pages";
    }

    /// <summary>The ids of the templates, each given by its text and the name that shows it in diagnostics.</summary>
    public static ThemeIds FromTemplates(IEnumerable<(string Text, string Name)> templates)
    {
        var ids = new ThemeIds();
        foreach (var (text, name) in templates)
            foreach (Match match in IdAttribute().Matches(text))
            {
                var value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                var liquid = value.IndexOf("{{", StringComparison.Ordinal) is var at and >= 0 ? at : value.IndexOf("{%", StringComparison.Ordinal);
                if (liquid < 0) ids._ids.TryAdd(value, name);
                else if (liquid > 0) ids._prefixes.TryAdd(value[..liquid], name);
            }
        return ids;
    }

    /// <summary>Why <paramref name="id"/> cannot be a content id ("the id 'toc' of reading.liquid"), or null when it can.</summary>
    public string? Clash(string id)
    {
        if (_ids.TryGetValue(id, out var where)) return $"the theme uses the id '{id}' ({where})";
        foreach (var (prefix, owner) in _prefixes)
            if (id.StartsWith(prefix, StringComparison.Ordinal)) return $"the theme uses ids starting with '{prefix}' ({owner})";
        return null;
    }

    [GeneratedRegex("""(?<![\w-])id\s*=\s*(?:"([^"]*)"|'([^']*)')""")]
    private static partial Regex IdAttribute();
}
