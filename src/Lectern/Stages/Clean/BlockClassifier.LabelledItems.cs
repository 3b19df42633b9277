using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

public static partial class BlockClassifier
{
    // Blocks in a row that a list whose glyphs the extraction lost must have.
    private const int LabelledItemsRun = 3;

    // A run-in label of one to three capitalised words and a full stop, its text going on with a capital (Public. Consistent with ...).
    [GeneratedRegex(@"^\p{Lu}[\p{L}\u00AD'’-]*(?: \p{Lu}[\p{L}\u00AD'’-]*){0,2}\. [""“(]?\p{Lu}")]
    private static partial Regex LabelledEntry();

    /// <summary>
    /// Paragraphs in a row, at least <see cref="LabelledItemsRun"/>, each opening with a short capitalised label and a full
    /// stop, right after a block that ends in a colon (<c>... consistent with the following principles:</c>, then
    /// <c>Public. ...</c>, <c>Accessible. ...</c>, <c>Described. ...</c>) are the items of the list the colon opens: a
    /// typesetter that draws its bullets as shapes leaves no glyph in the extracted text.
    /// </summary>
    private static void LabelledItems(IReadOnlyList<Found> found, (BlockKind Kind, string Why, bool Edited)[] kinds)
    {
        for (var start = 1; start < kinds.Length;)
        {
            var end = start;
            while (end < kinds.Length && kinds[end] is { Kind: BlockKind.Paragraph, Edited: false } && LabelledEntry().IsMatch(found[end].Text)) end++;
            if (end - start >= LabelledItemsRun && found[start - 1].Text.TrimEnd().TrimEnd("\"')”’").EndsWith(':'))
                for (var k = start; k < end; k++)
                    kinds[k] = (BlockKind.Item, $"a list item: one of {end - start} blocks in a row after a colon, each opening with a short label and a full stop (a list whose bullets left no glyph)", false);
            start = Math.Max(end, start + 1);
        }
    }
}
