using Lectern.Documents;

namespace Lectern.Stages.Clean;

public static partial class BlockClassifier
{
    /// <summary>
    /// Where at least <see cref="RunInLabel.MinLabelledLines"/> blocks open with a run-in label (a definition list's
    /// entries), a heading-shaped block that opens so and reads on as a sentence after its colon (<c>Personally
    /// identifiable information: As defined in ...</c>, its text cut short) is such an entry, not a heading; a heading
    /// after a colon goes on in title case (<c>Part 2: The Results</c>).
    /// </summary>
    private static void LabelledEntries(IReadOnlyList<Found> found, (BlockKind Kind, string Why, bool Edited)[] kinds)
    {
        var labelled = 0;
        foreach (var block in found)
            if (RunInLabel.Of(block.Text) is not null) labelled++;
        if (labelled < RunInLabel.MinLabelledLines) return;
        for (var k = 0; k < kinds.Length; k++)
        {
            if (kinds[k] is not { Kind: BlockKind.Heading, Edited: false } || RunInLabel.Of(found[k].Text) is not { } label) continue;
            // The text after the colon opens with a capital (a run-in label's text does); what follows its first word decides.
            var after = found[k].Text.AsSpan((label.Length + 1)..).Trim();
            if (!FunctionWords.GoesOnInLowerCase(after[TextShape.FirstWordSpan(after).Length..])) continue;
            kinds[k] = (BlockKind.Paragraph, $"an entry: it opens with a run-in label ('{label}:') and reads on as a sentence, as {labelled} blocks of this text open so (a definition list), not a heading", false);
        }
    }
}
