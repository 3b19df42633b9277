using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Gives each block the splitter found its kind. A block opening with a bullet glyph is a list item (the glyph is
/// dropped: it is no word). A short block without closing punctuation, followed by more text, is a heading: with an
/// enumerator (<c>I.</c>, <c>1.</c>, <c>a.</c>) or a label and number (<c>Article 9</c>, <c>CHAPTER IV</c>) or
/// plain; a block with an enumerator that ends like a sentence or clause is a list item. Everything else is a
/// paragraph: also a single word in capitals without a number (a name: an author or a signature), a memo field
/// (<c>Subject: ...</c>) and plain heading-shaped blocks in a row with nothing between (lines set apart). Heading levels follow the order in which the document first uses each kind of heading
/// (its top divisions come first); a plain heading right after a label heading (<c>CHAPTER IV</c>, then <c>The
/// General Assembly</c>) names that division and takes its level. An item's depth follows its marker's sequence:
/// a new sequence inside a list goes one deeper, a marker of an enclosing sequence goes back to it; a heading
/// ends the list.
/// </summary>
public static partial class BlockClassifier
{
    private const int HeadingMaxLength = 200;
    private const int HeadingMaxWords = 30;

    [GeneratedRegex(@"^(?<label>\p{Lu}\p{L}{2,15}) (?<n>\d{1,4}|[IVXLC]{1,6})(?:[.:]?$|[.:]? )")]
    private static partial Regex LabelNumber();

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]*:\s+\S")]
    private static partial Regex MemoField();

    /// <summary>A memo's field: a capitalised word and a colon, then its value (<c>Subject: Open Data Policy</c>).</summary>
    public static bool IsMemoField(ReadOnlySpan<char> text) => MemoField().IsMatch(text);

    /// <summary>A body block before its kind is known: its text and the source line it starts on.</summary>
    public readonly record struct Found(string Text, int Line);

    /// <param name="breaks">The editor's paragraph breaks: a block the editor cut short is no heading for being short.</param>
    public static List<Block> Classify(IReadOnlyList<Found> found, List<CleanupDecision> decisions, BlockEdits? edits = null, ParagraphEdits? breaks = null)
    {
        var blocks = new List<Block>(found.Count);
        var headingStyles = new List<string>();
        var itemStyles = new List<string>();
        string? labelStyle = null;
        var kinds = new (BlockKind Kind, string Why, bool Edited)[found.Count];
        for (var k = 0; k < found.Count; k++)
        {
            var (text, line) = found[k];
            var isLast = k == found.Count - 1;
            if (edits is not null && edits.TryGet(line, out var edited))
            {
                kinds[k] = (edited, "the editor's correction in reading.yml (blocks)", true);
                continue;
            }
            var (kind, why) = Kind(text, ListMarker.Of(text), isLast || (k + 1 < found.Count && breaks?.Begins(found[k + 1].Line) == true));
            kinds[k] = (kind, why, false);
        }
        LinesSetApart(found, kinds);
        ListContinued(found, kinds);
        LabelledItems(found, kinds);
        LabelledEntries(found, kinds);
        for (var k = 0; k < found.Count; k++)
        {
            var (text, line) = found[k];
            var marker = ListMarker.Of(text);
            var (kind, why, _) = kinds[k];
            // The glyph is no word; a bullet with nothing after it keeps it, so no block is empty.
            if (kind == BlockKind.Item && marker is { IsBullet: true } bullet && text.Length > bullet.Length + 1) text = text[(bullet.Length + 1)..];

            if (kind == BlockKind.Heading)
            {
                itemStyles.Clear();
                var style = HeadingStyle(text, marker);
                // "c." after "b." headings is a letter, though it reads as a roman numeral too.
                if (style is not null && !headingStyles.Contains(style) && marker?.AsLetter() is { } letter && headingStyles.Contains("numbered " + letter.Style))
                    style = "numbered " + letter.Style;
                int level;
                if (style is null && labelStyle is not null && k > 0 && blocks[^1].Kind == BlockKind.Heading)
                {
                    level = blocks[^1].Level;
                    why += $"; it names the division '{blocks[^1].Text}' opens, at its level";
                }
                else
                {
                    style ??= "plain";
                    if (!headingStyles.Contains(style)) headingStyles.Add(style);
                    level = headingStyles.IndexOf(style) + 1;
                    why += $"; level {level}: the {Ordinal(level)} kind of heading the document uses ({Describe(style)})";
                }
                labelStyle = style is not null && style.StartsWith("label ", StringComparison.Ordinal) ? style : null;
                blocks.Add(new Block(BlockKind.Heading, level, text, line));
                decisions.Add(new CleanupDecision(CleanupKind.HeadingFound, line, text, why));
                continue;
            }
            labelStyle = null;
            if (kind == BlockKind.Item)
            {
                var depth = Depth(itemStyles, marker);
                blocks.Add(new Block(BlockKind.Item, depth, text, line));
                decisions.Add(new CleanupDecision(CleanupKind.ListItemFound, line, text.Length > 60 ? text[..60] + "..." : text,
                    $"{why}; depth {depth}"));
                continue;
            }
            blocks.Add(new Block(BlockKind.Paragraph, 0, text, line));
        }
        return blocks;
    }

    // Headings of one kind with nothing between them are sections without text; this many in a row are lines set apart.
    private const int LinesSetApartRun = 3;

    /// <summary>
    /// A run of at least <see cref="LinesSetApartRun"/> plain heading-shaped blocks with nothing between them is no
    /// run of headings (each would head an empty section) but lines set apart: names and titles under a signature, an
    /// address. They are paragraphs.
    /// </summary>
    private static void LinesSetApart(IReadOnlyList<Found> found, (BlockKind Kind, string Why, bool Edited)[] kinds)
    {
        for (var start = 0; start < kinds.Length;)
        {
            var end = start;
            while (end < kinds.Length && IsPlainHeading(found[end].Text, kinds[end])) end++;
            if (end - start >= LinesSetApartRun)
                for (var k = start; k < end; k++)
                    kinds[k] = (BlockKind.Paragraph, $"one of {end - start} short blocks in a row without closing punctuation and no text between them: lines set apart (a signature, an address), not headings", false);
            start = Math.Max(end, start + 1);
        }
    }

    /// <summary>
    /// A numbered block between two items of its list whose markers it continues (<c>5.</c> between the items <c>4.</c>
    /// and <c>6.</c>) is that list's item, however short: a heading does not stand inside a list's numbering (an item
    /// ending in <c>; and</c> is heading-shaped by its punctuation alone). An item on one side only is no evidence: a
    /// heading merged with its text can read as an item before the next heading of its sequence.
    /// </summary>
    private static void ListContinued(IReadOnlyList<Found> found, (BlockKind Kind, string Why, bool Edited)[] kinds)
    {
        for (var k = 1; k + 1 < kinds.Length; k++)
        {
            if (kinds[k] is not { Kind: BlockKind.Heading, Edited: false } || kinds[k - 1].Kind != BlockKind.Item || kinds[k + 1].Kind != BlockKind.Item
                || ListMarker.Of(found[k].Text) is not { IsBullet: false } marker
                || ListMarker.Of(found[k - 1].Text) is not { } before || ListMarker.Of(found[k + 1].Text) is not { } after
                || !Continues(before, marker) || !Continues(marker, after)) continue;
            kinds[k] = (BlockKind.Item, $"a list item: numbered '{found[k].Text[..marker.Length]}' between the items '{found[k - 1].Text[..before.Length]}' and '{found[k + 1].Text[..after.Length]}', whose numbering it continues (a heading does not stand inside a list)", false);
        }
    }

    private static bool Continues(ListMarker before, ListMarker after) =>
        !before.IsBullet && !after.IsBullet && after.Style == before.Style && after.Value == before.Value + 1;

    private static bool IsPlainHeading(string text, (BlockKind Kind, string Why, bool Edited) kind) =>
        kind is { Kind: BlockKind.Heading, Edited: false } && HeadingStyle(text, ListMarker.Of(text)) is null;

    /// <param name="isLast">Whether nothing of the document's own follows the block: the last block, or one the editor's paragraph break cuts off, whose shortness is then no evidence.</param>
    private static (BlockKind Kind, string Why) Kind(string text, ListMarker? marker, bool isLast)
    {
        if (marker is { IsBullet: true }) return (BlockKind.Item, $"a list item: it opens with the bullet '{text[0]}'");
        var headingShaped = HeadingShaped(marker is { } numbered ? text[Math.Min(text.Length, numbered.Length + 1)..] : text, isLast, out var notHeading);
        if (marker is { } m)
            return headingShaped
                ? (BlockKind.Heading, $"a heading: numbered '{text[..m.Length]}', short and without closing punctuation, with text after it")
                : (BlockKind.Item, $"a list item: numbered '{text[..m.Length]}' and ending like a sentence or clause");
        if (headingShaped) return (BlockKind.Heading, "a heading: a short block of its own without closing punctuation, with text after it");
        return (BlockKind.Paragraph, notHeading ?? "");
    }

    private static bool HeadingShaped(string text, bool isLast, out string? notHeading)
    {
        notHeading = null;
        var trimmed = text.TrimEnd();
        if (isLast || trimmed.Length == 0 || trimmed.Length > HeadingMaxLength || TextShape.EndsSentence(trimmed)
            || trimmed[^1] is ',' or ';' || !TextShape.CanStartParagraph(trimmed) || TextShape.Words(trimmed).Count > HeadingMaxWords)
            return false;
        if (!trimmed.Contains(' ') && trimmed.Any(char.IsLetter) && !trimmed.Any(char.IsDigit) && !trimmed.Any(char.IsLower))
        {
            notHeading = "a single word in capitals without a number: a name (an author or a signature)";
            return false;
        }
        if (MemoField().IsMatch(trimmed))
        {
            notHeading = "a field of a memo ('Subject: ...')";
            return false;
        }
        return true;
    }

    /// <summary>The kind of heading: its enumerator's sequence, or the label of a label and number; null for a plain heading.</summary>
    private static string? HeadingStyle(string text, ListMarker? marker)
    {
        if (marker is { IsBullet: false } m) return "numbered " + m.Style;
        var label = LabelNumber().Match(text);
        return label.Success ? "label " + label.Groups["label"].Value.ToLowerInvariant() : null;
    }

    private static string Describe(string style) => style switch
    {
        "plain" => "plain headings",
        _ when style.StartsWith("label ", StringComparison.Ordinal) => $"'{style[6..]}' and a number",
        _ => $"numbered {style[9..]}",
    };

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => n + "th" };

    /// <summary>The item's depth in the list: the place of its marker's sequence among the open ones.</summary>
    private static int Depth(List<string> open, ListMarker? marker)
    {
        var style = marker?.Style ?? "unmarked";
        if (marker is { } m && !open.Contains(style) && m.AsLetter() is { } letter && open.Contains(letter.Style)) style = letter.Style;
        var at = open.IndexOf(style);
        if (at >= 0)
        {
            open.RemoveRange(at + 1, open.Count - at - 1);
            return at + 1;
        }
        open.Add(style);
        return open.Count;
    }
}
