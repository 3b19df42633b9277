using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>How the source notes page names each kind of cleanup decision and says what it means.</summary>
public static class CleanupKindText
{
    public static string Label(CleanupKind kind) => kind switch
    {
        CleanupKind.PageBreakJoined => "Page break joined",
        CleanupKind.FurnitureRemoved => "Page furniture removed",
        CleanupKind.BlankLinesDropped => "Blank lines dropped",
        CleanupKind.HyphenJoined => "Hyphen joined",
        CleanupKind.HyphenKept => "Hyphen kept",
        CleanupKind.HyphenRestored => "Hyphen restored",
        CleanupKind.TitleFound => "Title",
        CleanupKind.DatelineFound => "Dateline",
        CleanupKind.EndMarkFound => "End mark",
        CleanupKind.ParagraphBreak => "Paragraph starts",
        CleanupKind.CharacterNormalized => "Characters normalized",
        CleanupKind.LinePiecesJoined => "Line pieces joined",
        CleanupKind.ParagraphContinued => "Paragraph continues",
        CleanupKind.HeadingFound => "Heading",
        CleanupKind.ListItemFound => "List item",
        CleanupKind.FurnitureKept => "Page-edge line kept",
        CleanupKind.ColumnsSplit => "Columns read in order",
        CleanupKind.TitleLinesJoined => "Title line continues",
        CleanupKind.TokenRejoined => "Address rejoined",
        CleanupKind.HyphenSuspended => "Suspended hyphen",
        _ => kind.ToString(),
    };

    public static string Meaning(CleanupKind kind) => kind switch
    {
        CleanupKind.PageBreakJoined => "a page break inside a paragraph: the paragraph goes on across it",
        CleanupKind.FurnitureRemoved => "page numbers and running headers or footers, which are not the report's words",
        CleanupKind.BlankLinesDropped => "blank lines that only space out the lines and do not separate paragraphs",
        CleanupKind.HyphenJoined => "a word split across two lines, joined without its hyphen",
        CleanupKind.HyphenKept => "a hyphenated word broken at its own hyphen, which stays",
        CleanupKind.HyphenRestored => "a hyphen the extractor dropped when it joined two lines, put back",
        CleanupKind.TitleFound => "the lines that make up the title",
        CleanupKind.DatelineFound => "the agency dateline (place, date, agency)",
        CleanupKind.EndMarkFound => "the end mark that closes the report",
        CleanupKind.ParagraphBreak => "a new paragraph begins on this line",
        CleanupKind.CharacterNormalized => "typographic characters made plain (curly quotes, no-break spaces, ligatures, soft hyphens)",
        CleanupKind.LinePiecesJoined => "one printed line the extractor cut into pieces at wide gaps, read as one line",
        CleanupKind.ParagraphContinued => "an editor's correction: the line goes on with the paragraph before it",
        CleanupKind.HeadingFound => "a heading of the document starts on this line, with its level",
        CleanupKind.ListItemFound => "an item of a list starts on this line, with its depth",
        CleanupKind.FurnitureKept => "a line at a page's edge that looks like a running header or footer but is the document's own text",
        CleanupKind.ColumnsSplit => "a page printed in two columns, which the extractor set side by side: the left column is read first, then the right",
        CleanupKind.TitleLinesJoined => "a line of the title set apart at the text's top, which goes on with the line before it though that line is short",
        CleanupKind.TokenRejoined => "a web address or file name the line broke after a point or slash, joined as the document writes it elsewhere",
        CleanupKind.HyphenSuspended => "a hyphen at a line's end that stands for a word's second part given later (\"human- and machine-readable\"): the words stay apart",
        _ => "",
    };
}
