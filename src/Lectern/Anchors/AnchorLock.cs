using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using Lectern.Links;

namespace Lectern.Anchors;

/// <summary>One line of <c>anchors.lock</c>: a published paragraph id and the opening of the text it points at.</summary>
public sealed record LockedAnchor(string Id, int Number, string Opening, int Line, int Column);

/// <summary>
/// <c>content/readings/&lt;slug&gt;/anchors.lock</c>: the paragraph ids a reading has published, each with
/// the opening of its text, so that an id never silently comes to point at other words. One line per id,
/// <c>p-N&lt;TAB&gt;opening</c>; lines starting with <c>#</c> are comments. Written by
/// <c>lectern anchors --accept</c>, read by the build (<see cref="Stages.Clean.AnchorLockCheck"/>).
/// </summary>
public sealed partial record AnchorLock(string Path, bool Exists, IReadOnlyList<LockedAnchor> Entries)
{
    /// <summary>How much of a paragraph the lock records: enough to tell paragraphs apart, short enough to read.</summary>
    public const int OpeningLength = 60;

    private const string Header =
        "# anchors.lock: the published paragraph ids of this reading and the opening of the text each points at.\n" +
        "# The build fails when an id would point at different text; `lectern anchors --accept` records intended\n" +
        "# changes. Commit this file. One line per id: ID<TAB>OPENING.\n";

    public static AnchorLock Missing(string path) => new(path, false, []);

    /// <summary>The first <see cref="OpeningLength"/> characters of a paragraph, whitespace collapsed, without trailing spaces.</summary>
    public static string Opening(string paragraph)
    {
        var text = Whitespace().Replace(paragraph, " ").Trim();
        if (text.Length <= OpeningLength) return text;
        var cut = char.IsHighSurrogate(text[OpeningLength - 1]) ? OpeningLength - 1 : OpeningLength;
        return text[..cut].TrimEnd();
    }

    /// <summary>The lock file recording <paramref name="paragraphs"/> as they are now.</summary>
    public static string Format(IReadOnlyList<string> paragraphs)
    {
        var sb = new StringBuilder(Header);
        for (var i = 0; i < paragraphs.Count; i++)
            sb.Append(LinkBuilder.ParagraphId(i + 1)).Append('\t').Append(Opening(paragraphs[i])).Append('\n');
        return sb.ToString();
    }

    public static AnchorLock Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var entries = new List<LockedAnchor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;

            var tab = line.IndexOf('\t');
            var id = tab < 0 ? line : line[..tab];
            var match = LockedId().Match(id);
            if (tab < 0 || !match.Success)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorLockSyntax, path, i + 1, 1,
                    "expected 'p-N<TAB>opening words'; restore the line from version control or rewrite the file with `lectern anchors --accept`"));
                continue;
            }
            if (!seen.TryAdd(id, i + 1))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorLockSyntax, path, i + 1, 1,
                    $"{id} is listed twice (first at line {seen[id]}); keep one line per id"));
                continue;
            }
            var number = int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            entries.Add(new LockedAnchor(id, number, line[(tab + 1)..], i + 1, tab + 2));
        }
        return new AnchorLock(path, true, entries);
    }

    [GeneratedRegex(@"^p-([1-9][0-9]{0,8})$")]
    private static partial Regex LockedId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
