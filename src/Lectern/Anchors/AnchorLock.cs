using System.Globalization;
using System.Text;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Anchors;

/// <summary>One paragraph line of <c>anchors.lock</c>: a published paragraph id and the opening of the text it points at.</summary>
public sealed record LockedAnchor(int Number, string Opening, int Line, int Column)
{
    /// <summary>The id as the file writes it: <c>p-N</c>, made only for a message.</summary>
    public string Id => LinkBuilder.ParagraphId(Number);
}

/// <summary>One heading line of <c>anchors.lock</c>: the published id of one of the document's own headings and the opening of its words.</summary>
public sealed record LockedHeading(string Id, string Opening, int Line, int Column);

/// <summary>
/// <c>content/readings/&lt;slug&gt;/anchors.lock</c>: the paragraph ids a reading has published, and the ids of
/// the document's own headings, each with the opening of its text, so that an id never silently comes to point at
/// other words or disappears. One line per id in reading order, <c>p-N&lt;TAB&gt;opening</c> for a paragraph or
/// list item and <c>slug&lt;TAB&gt;opening</c> for a heading (<see cref="SectionIds.ForHeadings"/>); lines starting
/// with <c>#</c> are comments. Written by <c>lectern anchors --accept</c>, read by the build
/// (<see cref="Stages.Clean.AnchorLockCheck"/>).
/// </summary>
public sealed record AnchorLock(string Path, bool Exists, IReadOnlyList<LockedAnchor> Entries, IReadOnlyList<LockedHeading> Headings)
{
    /// <summary>How much of a paragraph the lock records: enough to tell paragraphs apart, short enough to read.</summary>
    public const int OpeningLength = 60;

    private const string Header =
        "# anchors.lock: the published paragraph ids of this reading and the opening of the text each points at.\n" +
        "# The build fails when an id would point at different text; `lectern anchors --accept` records intended\n" +
        "# changes. Commit this file. One line per id: ID<TAB>OPENING.\n";

    public static AnchorLock Missing(string path) => new(path, false, [], []);

    /// <summary>The first <see cref="OpeningLength"/> characters of a paragraph, whitespace collapsed, without trailing spaces.</summary>
    public static string Opening(string paragraph)
    {
        // Only the opening is read and collapsed, not the whole paragraph.
        Span<char> buffer = stackalloc char[OpeningLength + 2];
        var length = 0;
        var space = false;
        foreach (var c in paragraph)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            space = false;
            buffer[length++] = c;
            if (length > OpeningLength) break;
        }
        if (length <= OpeningLength) return new string(buffer[..length]);
        var cut = char.IsHighSurrogate(buffer[OpeningLength - 1]) ? OpeningLength - 1 : OpeningLength;
        return new string(buffer[..cut].TrimEnd(' '));
    }

    /// <summary>The lock file recording the ids of <paramref name="blocks"/> as they are now, in reading order.</summary>
    public static string Format(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder(Header);
        var headingIds = SectionIds.ForHeadings(blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        var (paragraph, heading) = (0, 0);
        foreach (var block in blocks)
        {
            var id = block.Kind == BlockKind.Heading ? headingIds[heading++] : LinkBuilder.ParagraphId(++paragraph);
            sb.Append(id).Append('\t').Append(Opening(block.Text)).Append('\n');
        }
        return sb.ToString();
    }

    public static AnchorLock Parse(ReadOnlySpan<char> text, string path, DiagnosticBag diagnostics)
    {
        // One entry a line at most: the list never grows.
        var entries = new List<LockedAnchor>(text.Count('\n') + 1);
        var headings = new List<LockedHeading>();
        // Ids are "p-N" without leading zeros, so one number is one id: the first line of each.
        var seen = new Dictionary<int, int>(entries.Capacity);
        var seenHeadings = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        for (var start = 0; start <= text.Length; )
        {
            var newline = text[start..].IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            var line = text[start..end].TrimEnd('\r');
            start = end + 1;
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;

            var tab = line.IndexOf('\t');
            var id = tab < 0 ? line : line[..tab];
            if (tab > 0 && LockedNumber(id) is { } number)
            {
                if (seen.TryAdd(number, lineNumber)) entries.Add(new LockedAnchor(number, line[(tab + 1)..].ToString(), lineNumber, tab + 2));
                else diagnostics.Add(Twice(path, lineNumber, id, seen[number]));
            }
            else if (tab > 0 && SectionIds.IsValid(id) && !SectionIds.IsReserved(id))
            {
                var heading = id.ToString();
                if (seenHeadings.TryAdd(heading, lineNumber)) headings.Add(new LockedHeading(heading, line[(tab + 1)..].ToString(), lineNumber, tab + 2));
                else diagnostics.Add(Twice(path, lineNumber, id, seenHeadings[heading]));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnchorLockSyntax, path, lineNumber, 1,
                    "expected 'p-N<TAB>opening words' (a paragraph) or 'heading-id<TAB>opening words' (a heading); restore the line from version control or rewrite the file with `lectern anchors --accept`"));
            }
        }
        return new AnchorLock(path, true, entries, headings);
    }

    private static Diagnostic Twice(string path, int line, ReadOnlySpan<char> id, int first) =>
        Diagnostic.Error(DiagnosticCodes.AnchorLockSyntax, path, line, 1, $"{id} is listed twice (first at line {first}); keep one line per id");

    /// <summary>N of an id <c>p-N</c> (N from 1, at most nine digits, no leading zero); null for anything else.</summary>
    private static int? LockedNumber(ReadOnlySpan<char> id) =>
        id.StartsWith(LinkBuilder.ParagraphIdPrefix, StringComparison.Ordinal)
        && id[LinkBuilder.ParagraphIdPrefix.Length..] is { Length: >= 1 and <= 9 } digits && digits[0] != '0' && !digits.ContainsAnyExceptInRange('0', '9')
            ? int.Parse(digits, CultureInfo.InvariantCulture)
            : null;
}
