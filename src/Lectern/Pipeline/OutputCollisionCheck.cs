using Lectern.Diagnostics;

namespace Lectern.Pipeline;

/// <summary>
/// Two generated files at one path (compared ignoring case, as on the file systems and hosts sites are
/// deployed to) would silently lose one of them; that is an error naming the path.
/// </summary>
public static class OutputCollisionCheck
{
    public static void Run(IEnumerable<string> relativePaths, string outputDir, DiagnosticBag diagnostics)
    {
        foreach (var group in relativePaths.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputCollision, Path.Combine(outputDir, group.Key), 1, 1,
                $"{group.Count()} pages would be written to '{group.Key}'; rename the reading folder or page that takes this path"));
    }
}
