using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Clean;

/// <summary>
/// Runs right after Clean: every paragraph id recorded in the reading's <c>anchors.lock</c> must still point
/// at a paragraph opening with the recorded words (an error otherwise, naming both texts). Paragraphs beyond
/// the lock, or a reading without a lock, are warnings: nothing published can break, but the ids are not
/// protected until <c>lectern anchors --accept</c> records them.
/// </summary>
public static class AnchorLockCheck
{
    private const string AcceptHint = "`lectern anchors --accept`";

    public static void Execute(Reading reading, DiagnosticBag diagnostics) =>
        diagnostics.AddRange(Check(reading));

    public static IEnumerable<Diagnostic> Check(Reading reading)
    {
        if (reading.Clean?.NumberedTexts() is not { Count: > 0 } paragraphs) yield break;
        var anchors = reading.AnchorLock;
        if (!anchors.Exists)
        {
            yield return Diagnostic.Warning(DiagnosticCodes.AnchorLockMissing, anchors.Path, 1, 1,
                $"reading '{reading.Slug}' has no anchors.lock, so its paragraph ids are not protected from moving; run {AcceptHint} and commit the file");
            yield break;
        }

        var locked = new bool[paragraphs.Count + 1];
        foreach (var entry in anchors.Entries)
        {
            if (entry.Number > paragraphs.Count)
            {
                yield return Diagnostic.Error(DiagnosticCodes.AnchorMoved, anchors.Path, entry.Line, entry.Column,
                    $"{entry.Id} is published pointing at \"{entry.Opening}\", but the reading now has only {paragraphs.Count} paragraphs; " +
                    $"restore the text, or if breaking links to {entry.Id} is intended, run {AcceptHint}");
                continue;
            }
            locked[entry.Number] = true;
            var now = AnchorLock.Opening(paragraphs[entry.Number - 1]);
            if (now != entry.Opening)
            {
                yield return Diagnostic.Error(DiagnosticCodes.AnchorMoved, anchors.Path, entry.Line, entry.Column,
                    $"{entry.Id} would point at different text: anchors.lock has \"{entry.Opening}\" but the paragraph now opens \"{now}\"; " +
                    $"restore the text, or if the change is intended (links to {entry.Id} will show the new text), run {AcceptHint}");
            }
        }

        var unlocked = new List<string>();
        for (var n = 1; n <= paragraphs.Count; n++)
            if (!locked[n]) unlocked.Add(LinkBuilder.ParagraphId(n));
        if (unlocked.Count > 0)
            yield return Diagnostic.Warning(DiagnosticCodes.AnchorNotLocked, anchors.Path, 1, 1,
                $"{string.Join(", ", unlocked)} {(unlocked.Count == 1 ? "is" : "are")} not in anchors.lock yet; run {AcceptHint} to protect {(unlocked.Count == 1 ? "it" : "them")}");
    }
}
