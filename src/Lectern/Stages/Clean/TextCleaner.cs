using System.Runtime.InteropServices;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Turns a raw PDF extraction into title, dateline, paragraphs and end mark, recording every decision,
/// then checks the result against the source's words. The rules run in this order, one file each:
/// <see cref="InputNormalizer"/>, <see cref="ColumnSplitter"/>, <see cref="PageFurniture"/>, <see cref="LinePieces"/>, <see cref="BlankLineLayout"/>,
/// <see cref="StructureFinder"/> (where the body starts), <see cref="ParagraphSplitter"/>,
/// <see cref="Dehyphenator"/>, <see cref="StructureFinder"/> (dateline, end mark), <see cref="FidelityCheck"/>.
/// </summary>
public static class TextCleaner
{
    /// <param name="edits">The editor's paragraph-break corrections (reading.yml), if any.</param>
    /// <param name="blockEdits">The editor's corrections of block kinds (reading.yml), if any.</param>
    /// <param name="layoutStarts">Lines the source's own layout sets apart as starting a block, and why (a PDF's spacing or fonts), if it has any.</param>
    /// <param name="layout">What the source's layout measured and printed beyond where blocks start (see <see cref="SourceLayout"/>), if it has a layout.</param>
    public static CleanResult Clean(string raw, ParagraphEdits? edits = null, BlockEdits? blockEdits = null, IReadOnlyDictionary<int, string>? layoutStarts = null,
        SourceLayout? layout = null)
    {
        var decisions = new List<CleanupDecision>();
        var source = ColumnSplitter.Split(InputNormalizer.ToLines(raw, decisions), decisions);
        var withoutFurniture = PageFurniture.Remove(source, decisions);
        var printedLines = LinePieces.Join(withoutFurniture, decisions);
        var (lines, blankLinesSeparate) = BlankLineLayout.Apply(printedLines, decisions);
        var dehyphenator = new Dehyphenator(lines, layout);

        var datelineLine = StructureFinder.FindDatelineLine(lines);
        var titleLines = datelineLine is { } d ? lines.Take(d).Where(l => !l.IsBlank).ToArray() : [];
        var body = CollectionsMarshal.AsSpan(lines)[(datelineLine ?? 0)..];

        if (datelineLine is null && TitleSetApart.LineAfter(lines) is { } afterTitle)
            layoutStarts = TitleSetApart.WithStart(layoutStarts, afterTitle);
        var titleEnd = datelineLine is null ? TitleSetApart.EndOfLines(lines) ?? TitleInRunningHeader.EndOfLines(lines, decisions) : null;
        var groups = ParagraphSplitter.Split(body, blankLinesSeparate, decisions, edits, layoutStarts, titleEnd, layout?.NextWordFits);
        var paragraphs = new List<(string Text, int Line, int LastLine)>(groups.Count);
        foreach (var g in groups)
            paragraphs.Add((dehyphenator.Join(g, decisions), g[0].FirstNumber, g[^1].Number));

        var title = titleLines.Length > 0 ? dehyphenator.Join(titleLines, decisions) : "";
        if (titleLines.Length > 0)
            decisions.Add(StructureFinder.TitleDecision(titleLines[0].FirstNumber, title, titleLines.Length, "before the dateline"));

        string? dateline = null;
        var titleGroup = 0;
        if (datelineLine is not null && paragraphs.Count > 0 && StructureFinder.SplitDateline(paragraphs[0].Text) is { } split)
        {
            dateline = split.Dateline;
            decisions.Add(new CleanupDecision(CleanupKind.DatelineFound, paragraphs[0].Line, dateline, "agency dateline: place, date (agency) --"));
            if (split.Glued && StructureFinder.GluedDashDecision(groups[0], split.Body) is { } glued) decisions.Add(glued);
            paragraphs[0] = paragraphs[0] with { Text = split.Body };
        }
        else if (datelineLine is null && paragraphs.Count > 2 && groups[0].Count == 1 && StructureFinder.RepeatsTitle(paragraphs[0].Text, paragraphs[1].Text)
            || datelineLine is null && paragraphs.Count > 0 && StructureFinder.LooksLikeTitle(paragraphs[0].Text, paragraphs.Count))
        {
            if (paragraphs.Count > 2 && groups[0].Count == 1 && StructureFinder.RepeatsTitle(paragraphs[0].Text, paragraphs[1].Text))
            {
                // The first page's running header repeats the title right above it.
                decisions.Add(new CleanupDecision(CleanupKind.FurnitureRemoved, paragraphs[0].Line, groups[0][0].Words.ToString(),
                    "running header of the first page: the title that follows repeats it") { Column = groups[0][0].Column });
                paragraphs.RemoveAt(0);
                titleGroup = 1;
            }
            title = paragraphs[0].Text;
            decisions.Add(StructureFinder.TitleDecision(paragraphs[0].Line, title, groups[titleGroup].Count, "of a short first paragraph without closing punctuation"));
            paragraphs[0] = paragraphs[0] with { Text = "" };
        }

        string? endMark = null;
        if (paragraphs.Count > 0 && StructureFinder.WithoutEndMark(paragraphs[^1].Text) is { } rest)
        {
            endMark = "-0-";
            decisions.Add(new CleanupDecision(CleanupKind.EndMarkFound, paragraphs[^1].LastLine, endMark, "the KCNA end mark closes the text"));
            paragraphs[^1] = paragraphs[^1] with { Text = rest };
        }

        var found = new List<BlockClassifier.Found>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
            if (paragraph.Text.Length > 0) found.Add(new(paragraph.Text, paragraph.Line));
        var blocks = BlockClassifier.Classify(found, decisions, blockEdits, edits);
        var texts = new List<string>(blocks.Count);
        foreach (var block in blocks) texts.Add(block.Text);
        var clean = new CleanText(title, dateline, texts, endMark, new CleanupReport(InSourceOrder(decisions))) { Blocks = blocks };
        var mismatch = FidelityCheck.Compare(source, clean.Report, clean);
        return new CleanResult(clean, mismatch?.Message) { FidelityLine = mismatch?.Line ?? 1 };
    }

    /// <summary>The decisions by source line; those on one line in the order they were made (a stable sort on one key array).</summary>
    private static CleanupDecision[] InSourceOrder(List<CleanupDecision> decisions)
    {
        var keys = new long[decisions.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)decisions[i].Line << 32) | (uint)i;
        Array.Sort(keys);
        var sorted = new CleanupDecision[keys.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = decisions[(int)(keys[i] & uint.MaxValue)];
        return sorted;
    }
}

/// <summary>The cleaned text, and the first place where it differs from the source's words (null when faithful).</summary>
public sealed record CleanResult(CleanText Text, string? FidelityError)
{
    /// <summary>The source line of the first difference (1 when faithful).</summary>
    public int FidelityLine { get; init; } = 1;
}
