using System.Text;
using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Removes what a page adds to the text: page numbers (<c>- 2 -</c>, <c>-2-</c>, <c>2</c>,
/// <c>Page 2 of 6</c>, <c>2/6</c>, even glued to the first word of a page as pdftotext sometimes does),
/// and running headers and footers (a browser's date, title, URL and "1/5") that repeat at the edges of
/// the pages. Pages are told apart by form feeds, else by page-sized blank gaps. The line after a removed
/// piece, a form feed or a page gap is marked <see cref="SourceLine.PageBreakBefore"/>.
/// </summary>
public static partial class PageFurniture
{
    private const int EdgeLines = 3;

    [GeneratedRegex(@"^(?:page\s+)?[-\u2013\u2014]?\s*(?<n>\d{1,4})\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-\u2013\u2014]\s?(?<n>\d{1,6})(?<after>\s?[-\u2013\u2014]?\s?)(?=\p{L})")]
    private static partial Regex GluedPageNumber();

    /// <summary>
    /// The lines without page furniture, in a new list (the source's lines stay as they are, for the fidelity check),
    /// or the list given when it has no furniture and no page break to mark.
    /// </summary>
    public static List<SourceLine> Remove(List<SourceLine> lines, List<CleanupDecision> decisions)
    {
        var pages = Pages(lines, out var gapLength);
        var removed = new HashSet<int>();
        var replaced = new Dictionary<int, SourceLine>();

        foreach (var page in pages)
            RemovePageNumbers(lines, page, pages.Count > 1, removed, decisions);
        // Once the outermost lines are known to be furniture, the lines within them are the page's edge: a browser's
        // header stacks date, title, page number and address, more lines than an edge holds.
        var decided = new HashSet<int>();
        for (var pass = 0; pages.Count >= 2 && pass < EdgeLines && RemoveRunningLines(lines, pages, removed, decided, decisions); pass++) { }
        for (var p = 1; p < pages.Count; p++)
            RemoveGluedPageNumber(lines, pages[p], p, removed, replaced, decisions);
        RemoveTitleCutShort(lines, pages, removed, decisions);

        // The new list is made at the first line that changes: most texts have no furniture and no page break.
        List<SourceLine>? result = null;
        var pageBreak = false;
        var blankRun = 0;
        var hasTextBefore = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = replaced.Count > 0 ? replaced.GetValueOrDefault(i, lines[i]) : lines[i];
            var isRemoved = removed.Count > 0 && removed.Contains(i);
            pageBreak |= line.FormFeed || isRemoved;
            SourceLine? kept;
            if (isRemoved) kept = null;
            else if (line.IsBlank)
            {
                if (++blankRun >= gapLength) pageBreak = true;
                kept = line;
            }
            else
            {
                blankRun = 0;
                kept = pageBreak && hasTextBefore ? line.AfterPageBreak() : line;
                pageBreak = false;
                hasTextBefore = true;
            }
            if (result is null && !ReferenceEquals(kept, lines[i])) result = lines.GetRange(0, i);
            if (kept is not null) result?.Add(kept);
        }
        return result ?? lines;
    }

    /// <summary>Index ranges of the pages: split at form feeds, else at blank gaps much longer than the usual ones.</summary>
    private static List<(int Start, int End)> Pages(List<SourceLine> lines, out int gapLength)
    {
        gapLength = PageGapLength(lines);
        var starts = new List<int> { 0 };
        if (lines.Exists(l => l.FormFeed))
        {
            for (var i = 1; i < lines.Count; i++)
                if (lines[i].FormFeed) starts.Add(i);
        }
        else
        {
            var run = 0;
            var seenText = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].IsBlank) { run++; continue; }
                if (run >= gapLength && seenText) starts.Add(i - run);
                seenText = true;
                run = 0;
            }
        }
        return starts.Select((s, k) => (s, k + 1 < starts.Count ? starts[k + 1] : lines.Count)).ToList();
    }

    /// <summary>Blank runs this long or longer are page gaps: at least 3, and longer than twice the usual short run.</summary>
    private static int PageGapLength(List<SourceLine> lines)
    {
        var runs = new Dictionary<int, int>();
        var run = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) { run++; continue; }
            if (run > 0) runs[run] = runs.GetValueOrDefault(run) + 1;
            run = 0;
        }
        var shortRuns = runs.Where(r => r.Key <= 2).ToList();
        var usual = shortRuns.Count == 0 ? 1 : shortRuns.MaxBy(r => r.Value).Key;
        return Math.Max(3, 2 * usual + 1);
    }

    private static void RemovePageNumbers(List<SourceLine> lines, (int Start, int End) page, bool pagesKnown,
        HashSet<int> removed, List<CleanupDecision> decisions)
    {
        var textLines = 0;
        for (var i = page.Start; i < page.End; i++)
            if (!lines[i].IsBlank) textLines++;
        var k = -1; // the text line's place on its page
        for (var i = page.Start; i < page.End; i++)
        {
            if (lines[i].IsBlank) continue;
            k++;
            var edge = k < EdgeLines - 1 || k >= textLines - (EdgeLines - 1);
            var alone = (i == 0 || lines[i - 1].IsBlank) && (i + 1 >= lines.Count || lines[i + 1].IsBlank);
            if (!alone && !(pagesKnown && edge)) continue;
            if (!MayBePageNumber(lines[i].Text) || !PageNumber().IsMatch(lines[i].Text)) continue;
            var match = PageNumber().Match(lines[i].Text.ToString());
            if (!match.Success || int.Parse(match.Groups["n"].Value) == 0) continue;
            removed.Add(i);
            decisions.Add(new CleanupDecision(CleanupKind.FurnitureRemoved, lines[i].Number, lines[i].Words.ToString(),
                $"page number {match.Groups["n"].Value} alone on a line at the edge of a page") { Column = lines[i].Column });
        }

    }

    /// <summary>
    /// How many of the glued digits are the page number: the page's own number, or one off (a cover page
    /// or a numbering that starts at 0). The digits after it belong to the first word ("-3" + "8th" in
    /// "-38th"), which is possible only when nothing stands between the number and the word.
    /// </summary>
    private static int? GluedNumberLength(string digits, bool separated, int page)
    {
        int? nearby = null;
        for (var length = separated ? digits.Length : 1; length <= digits.Length; length++)
        {
            var n = int.Parse(digits.AsSpan(0, length), System.Globalization.CultureInfo.InvariantCulture);
            if (n == page) return length;
            if (Math.Abs(n - page) <= 1) nearby ??= length;
        }
        return nearby;
    }

    /// <summary>Page numbers start with a digit, a dash or "page": most lines are ruled out without the regex.</summary>
    private static bool MayBePageNumber(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '\u2013' or '\u2014' or 'p' or 'P');

    /// <summary>pdftotext can glue a page's number to its first word: "-2And it ...".</summary>
    private static void RemoveGluedPageNumber(List<SourceLine> lines, (int Start, int End) page, int pageIndex,
        HashSet<int> removed, Dictionary<int, SourceLine> replaced, List<CleanupDecision> decisions)
    {
        if (!lines[page.Start].FormFeed) return;
        var first = Enumerable.Range(page.Start, page.End - page.Start).FirstOrDefault(i => !lines[i].IsBlank && !removed.Contains(i), -1);
        if (first < 0) return;
        if (!GluedPageNumber().IsMatch(lines[first].Text)) return;
        var glued = GluedPageNumber().Match(lines[first].Text.ToString());
        if (!glued.Success || GluedNumberLength(glued.Groups["n"].Value, glued.Groups["after"].Length > 0, pageIndex + 1) is not { } length) return;
        var number = glued.Groups["n"].Value[..length];
        var cut = length < glued.Groups["n"].Length ? glued.Groups["n"].Index + length : glued.Length;
        replaced[first] = lines[first].WithoutStart(cut);
        decisions.Add(new CleanupDecision(CleanupKind.FurnitureRemoved, lines[first].Number, lines[first].Text[..cut].ToString(),
            $"page number {number} glued to the first word of page {pageIndex + 1}") { Column = lines[first].Column });
    }

    /// <summary>
    /// Lines that recur (digits aside) at the same edge (top or foot) of at least two pages and of 40% of them. Not
    /// furniture: such a line that the document also has away from the page edges (a heading of a numbered sequence,
    /// <c>Article 13</c>, that happens to open pages), nor the first page's first line when it is the same on every page
    /// and the first page has it once (the title, which the running headers of the later pages repeat). Lines in
    /// <paramref name="decided"/> were kept or removed by an earlier pass and get no second decision; whether any line
    /// was removed is returned.
    /// </summary>
    private static bool RemoveRunningLines(List<SourceLine> lines, List<(int Start, int End)> pages, HashSet<int> removed, HashSet<int> decided,
        List<CleanupDecision> decisions)
    {
        var removedBefore = removed.Count;
        var tops = new List<List<int>>();
        var feet = new List<List<int>>();
        // Looked up by the key as a span, so a line's key becomes a string only the first time it is seen.
        var running = new Dictionary<string, RunningLine>(StringComparer.Ordinal);
        var keys = running.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        var inner = new List<int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var text = Enumerable.Range(pages[p].Start, pages[p].End - pages[p].Start)
                .Where(i => !lines[i].IsBlank && !removed.Contains(i)).ToList();
            tops.Add(text.Take(EdgeLines).ToList());
            feet.Add(text.Skip(EdgeLines).TakeLast(EdgeLines).Reverse().ToList());
            inner.AddRange(text.Skip(EdgeLines).SkipLast(EdgeLines));
            foreach (var (edge, mark) in new[] { (tops[p], 't'), (feet[p], 'f') })
                foreach (var i in edge)
                {
                    var key = Key(mark, lines[i].Words, ref buffer);
                    if (!keys.TryGetValue(key, out var line)) keys[key] = line = new RunningLine(lines[i].Words.ToString());
                    line.Pages.Add(p);
                    line.Varies |= !lines[i].Words.SequenceEqual(line.Text);
                    if (p == 0) line.OnFirstPage++;
                }
        }
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.4));
        if (!running.Values.Any(line => line.Pages.Count >= threshold)) return false;
        foreach (var i in inner)
            foreach (var mark in "tf")
                if (keys.TryGetValue(Key(mark, lines[i].Words, ref buffer), out var line) && line.Pages.Count >= threshold && line.AwayFromEdges == 0)
                    line.AwayFromEdges = lines[i].Number;

        // The first page's opening lines, up to its first blank line: the title, where it is anywhere.
        var titleLines = new HashSet<int>();
        if (tops.Count > 0 && tops[0].Count > 0)
            for (var i = tops[0][0]; i < pages[0].End && !lines[i].IsBlank; i++) titleLines.Add(i);
        // A line that the first page's text goes on to repeat (on one line or wrapped over several) is a header
        // above the title, not the title.
        titleLines.RemoveWhere(t =>
        {
            var after = string.Join(" ", Enumerable.Range(t + 1, pages[0].End - t - 1).Where(i => !lines[i].IsBlank).Take(4).Select(i => lines[i].Words.ToString()));
            return after.StartsWith(lines[t].Words, StringComparison.OrdinalIgnoreCase);
        });
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (edge, mark) in new[] { (tops[p], 't'), (feet[p], 'f') })
            {
                var seen = new List<string>(EdgeLines);
                foreach (var i in edge)
                {
                    var key = Key(mark, lines[i].Words, ref buffer);
                    if (!keys.TryGetValue(key, out var keyString, out var line) || line.Pages.Count < threshold || seen.Contains(keyString)) continue;
                    seen.Add(keyString);
                    if (!decided.Add(i)) continue;
                    if (line.AwayFromEdges > 0)
                    {
                        decisions.Add(new CleanupDecision(CleanupKind.FurnitureKept, lines[i].Number, lines[i].Words.ToString(),
                            $"repeats at the {(mark == 't' ? "top" : "foot")} of {line.Pages.Count} of {pages.Count} pages, but the text has such a line away from the page edges too (line {line.AwayFromEdges}): the document's own, as a numbered heading or item is"));
                        continue;
                    }
                    if (titleLines.Contains(i) && line.OnFirstPage == 1 && !line.Varies && !BrowserLine().IsMatch(line.Text) && !Truncated(line.Text))
                    {
                        line.IsTitle = true;
                        decisions.Add(new CleanupDecision(CleanupKind.FurnitureKept, lines[i].Number, lines[i].Words.ToString(),
                            $"the title at the top of the first page, the same on the {line.Pages.Count - 1} later pages that repeat it: their running headers repeat it"));
                        continue;
                    }
                    if (line.IsTitle && titleLines.Count > 1 && line.Pages.Count - 1 < threshold)
                    {
                        // One line of a title of several (a word such as "Council"): with the title's own line set
                        // aside, too few pages repeat it for a running header; a whole title repeated is one.
                        decisions.Add(new CleanupDecision(CleanupKind.FurnitureKept, lines[i].Number, lines[i].Words.ToString(),
                            $"the same as one line of the title, but at the edge of only {line.Pages.Count - 1} of the later pages: the document's own"));
                        continue;
                    }
                    removed.Add(i);
                    decisions.Add(new CleanupDecision(CleanupKind.FurnitureRemoved, lines[i].Number, lines[i].Words.ToString(),
                        $"running {(mark == 't' ? "header" : "footer")}: the same line (numbers aside) is at the {(mark == 't' ? "top" : "foot")} of {line.Pages.Count} of {pages.Count} pages") { Column = lines[i].Column });
                }
            }
        }
        return removed.Count > removedBefore;
    }

    /// <summary>
    /// A running header that shows the title cut short ("The Systems Agencies of the ...", maybe with the page number) at the top of a
    /// page but repeats too seldom to tell by repetition (a short text, or a header printed on some pages only): the
    /// document's first line starts with its words.
    /// </summary>
    private static void RemoveTitleCutShort(List<SourceLine> lines, List<(int Start, int End)> pages, HashSet<int> removed, List<CleanupDecision> decisions)
    {
        var first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0) return;
        for (var p = 0; p < pages.Count; p++)
        {
            var top = Enumerable.Range(pages[p].Start, pages[p].End - pages[p].Start).Where(i => !lines[i].IsBlank && !removed.Contains(i)).Take(EdgeLines);
            foreach (var i in top)
            {
                var text = lines[i].Words.ToString();
                var header = PageNumberAtEnds().Replace(text, "");
                if (i == first || !Truncated(header)) continue;
                var start = header.TrimEnd('.', '\u2026').TrimEnd();
                if (start.Length < 8 || !lines[first].Words.StartsWith(start, StringComparison.Ordinal)) continue;
                removed.Add(i);
                decisions.Add(new CleanupDecision(CleanupKind.FurnitureRemoved, lines[i].Number, text,
                    $"running header: the title (line {lines[first].Number}) cut short, at the top of a page") { Column = lines[i].Column });
            }
        }
    }

    /// <summary>A page number before or after a running header's text on the same line ("Page 2", "2/5", "- 2 -").</summary>
    [GeneratedRegex(@"^(?:(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014])\s+|\s+(?:(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-\u2013\u2014]\s?\d{1,4}\s?[-\u2013\u2014])$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberAtEnds();

    /// <summary>A title cut short for a running header ("Speech at Congratulatory Visit to ...").</summary>
    private static bool Truncated(string text) => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('\u2026');

    /// <summary>A line a browser prints at a page's edge: the date and time, or an address.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}|(?:file|https?)://)", RegexOptions.IgnoreCase)]
    private static partial Regex BrowserLine();

    /// <summary>A line (numbers aside) seen at a page edge: on which pages, its first text and whether it varies, how often page one has it, and a line away from the edges that has it too.</summary>
    private sealed class RunningLine(string text)
    {
        public string Text { get; } = text;
        public HashSet<int> Pages { get; } = [];
        public bool Varies { get; set; }
        public int OnFirstPage { get; set; }
        public int AwayFromEdges { get; set; }
        public bool IsTitle { get; set; }
    }

    /// <summary>The edge and the line's words with each number as '#', lower-cased, without spaces, written into <paramref name="buffer"/> (grown if need be).</summary>
    /// <param name="edge">'t' for a page's top, 'f' for its foot: the key's first character.</param>
    internal static ReadOnlySpan<char> Key(char edge, ReadOnlySpan<char> words, ref char[] buffer)
    {
        if (buffer.Length < words.Length + 1) buffer = new char[words.Length + 1];
        buffer[0] = edge;
        var length = 1;
        for (var k = 0; k < words.Length; k++)
        {
            // A number of any length is one '#': page 9's footer and page 10's are the same line.
            // Spacing is the extractor's: "- 9 -" and "-10-" alike.
            if (char.IsDigit(words[k]) && k > 0 && char.IsDigit(words[k - 1]) || words[k] == ' ') continue;
            buffer[length++] = char.IsDigit(words[k]) ? '#' : char.ToLowerInvariant(words[k]);
        }
        return buffer.AsSpan(0, length);
    }
}
