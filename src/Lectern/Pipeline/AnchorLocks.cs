using Lectern.Documents;
using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.FileSystem;
using Lectern.Stages.Clean;
using Lectern.Stages.Load;

namespace Lectern.Pipeline;

/// <summary>What <c>lectern anchors --accept</c> did to one reading's lock file.</summary>
public sealed record AnchorLockUpdate(string Slug, string Path, int Ids, bool Written);

/// <summary>
/// The <c>lectern anchors</c> command's work: check every reading's <c>anchors.lock</c> against its cleaned
/// text (as the build does), or record the current paragraph and heading ids as published (<c>--accept</c>).
/// </summary>
public static class AnchorLocks
{
    /// <summary>Loads and cleans every reading and returns the lock diagnostics (and any load or cleanup errors).</summary>
    public static void Check(string contentDir, DiagnosticBag diagnostics)
    {
        foreach (var reading in LoadStage.Execute(contentDir, diagnostics).Readings)
            AnchorLockCheck.Execute(CleanStage.Execute(reading, diagnostics), diagnostics);
    }

    /// <summary>Rewrites each reading's lock to record its paragraph and heading ids as they are now; readings whose text cannot be cleaned are left alone.</summary>
    /// <remarks>A lock that could not be read (malformed, or a link out of the content folder) is no error once it has been rewritten.</remarks>
    public static IReadOnlyList<AnchorLockUpdate> Accept(string contentDir, DiagnosticBag diagnostics)
    {
        var updates = new List<AnchorLockUpdate>();
        var loading = new DiagnosticBag();
        var readings = LoadStage.Execute(contentDir, loading).Readings;
        foreach (var reading in readings)
        {
            var readingDiagnostics = new DiagnosticBag();
            var cleaned = CleanStage.Execute(reading, readingDiagnostics);
            diagnostics.AddRange(readingDiagnostics.Sorted());
            if (readingDiagnostics.HasErrors || cleaned.Clean is not { Blocks.Count: > 0 } clean) continue;

            var path = Path.Combine(contentDir, ContentPaths.ReadingsFolder, reading.Slug, ContentPaths.AnchorLockFile);
            var text = AnchorLock.Format(clean.Blocks);
            var written = !AtomicFile.Holds(path, text);
            if (written) AtomicFile.WriteAllText(path, text);
            updates.Add(new AnchorLockUpdate(reading.Slug, ContentPaths.Display(path), clean.Blocks.Count, written));
        }
        var rewritten = updates.Where(u => u.Written).Select(u => u.Path).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(loading.Sorted().Where(d => !(rewritten.Contains(d.File) && d.Code is DiagnosticCodes.AnchorLockSyntax or DiagnosticCodes.PathLeavesRoot)));
        return updates;
    }
}
