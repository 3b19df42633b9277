using Lectern.Diagnostics;

namespace Lectern.Pipeline;

/// <summary>
/// Runs a stage so that nothing it throws reaches the user as a stack trace: a <see cref="ContentException"/>
/// becomes its diagnostic, anything else a positioned <see cref="DiagnosticCodes.StageFailed"/> error on the
/// file being processed, and the build goes on collecting the other documents' diagnostics.
/// </summary>
public static class StageGuard
{
    public static T Run<T>(string stage, string file, T fallback, DiagnosticBag diagnostics, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Parallel stages wrap what a page throws.
            foreach (var inner in ex is AggregateException all ? all.Flatten().InnerExceptions : [ex])
                diagnostics.Add(inner switch
                {
                    ContentException content => content.Diagnostic,
                    IOException or UnauthorizedAccessException => Diagnostic.Error(DiagnosticCodes.MissingFile, file, 1, 1,
                        $"a file cannot be read: {inner.Message}"),
                    _ => Diagnostic.Error(DiagnosticCodes.StageFailed, file, 1, 1,
                        $"the {stage} stage failed on this file ({inner.GetType().Name}: {inner.Message}); this is a Lectern bug: please report it with the file"),
                });
        }
        return fallback;
    }
}
