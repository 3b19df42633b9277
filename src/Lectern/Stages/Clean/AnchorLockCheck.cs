using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Clean;

/// <summary>
/// Runs right after Clean: every paragraph id recorded in the reading's <c>anchors.lock</c> must still point
/// at a paragraph opening with the recorded words, and every heading id recorded must still be the id of one of
/// the document's headings opening with the recorded words (an error otherwise, naming both texts). Ids beyond
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
        if (reading.Clean is not { } clean || clean.NumberedTexts() is not { Count: > 0 } paragraphs) yield break;
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

        // A heading's id is made from its words, so a locked id that no heading has any more is a broken link.
        var headingTexts = clean.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();
        var headingIds = SectionIds.ForHeadings(headingTexts);
        var headingAt = new Dictionary<string, int>(headingIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < headingIds.Count; i++) headingAt[headingIds[i]] = i;
        var lockedHeadings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in anchors.Headings)
        {
            lockedHeadings.Add(entry.Id);
            if (!headingAt.TryGetValue(entry.Id, out var at))
            {
                yield return Diagnostic.Error(DiagnosticCodes.AnchorMoved, anchors.Path, entry.Line, entry.Column,
                    $"heading id '{entry.Id}' is published pointing at \"{entry.Opening}\", but no heading of the document has that id now (a heading's id is made from its words); " +
                    $"restore the heading's words, or if breaking links to #{entry.Id} is intended, run {AcceptHint}");
                continue;
            }
            var now = AnchorLock.Opening(headingTexts[at]);
            if (now != entry.Opening)
            {
                yield return Diagnostic.Error(DiagnosticCodes.AnchorMoved, anchors.Path, entry.Line, entry.Column,
                    $"heading id '{entry.Id}' would point at different words: anchors.lock has \"{entry.Opening}\" but the heading now reads \"{now}\"; " +
                    $"restore the text, or if the change is intended, run {AcceptHint}");
            }
        }
        unlocked.AddRange(headingIds.Where(id => !lockedHeadings.Contains(id)));
        if (unlocked.Count > 0)
            yield return Diagnostic.Warning(DiagnosticCodes.AnchorNotLocked, anchors.Path, 1, 1,
                $"{string.Join(", ", unlocked)} {(unlocked.Count == 1 ? "is" : "are")} not in anchors.lock yet; run {AcceptHint} to protect {(unlocked.Count == 1 ? "it" : "them")}");
    }
}
