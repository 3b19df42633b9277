using System.Runtime.ExceptionServices;
using Lectern.Documents;
using Lectern.Stages.Write;

namespace Lectern.Pipeline;

/// <summary>
/// Writes into the staged output from the parallel layout; a write that fails (disk full, no permission)
/// is kept and rethrown on the build's thread, where the command reports it, rather than mistaken for a
/// content error.
/// </summary>
internal sealed class FailureCapturingWriter(IBuildOutput output) : IOutputSink
{
    private Exception? _failure;

    public void Write(OutputFile file) => Write(file.RelativePath, file.Content);

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        if (_failure is not null) return;
        try
        {
            output.Write(relativePath, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    public void ThrowIfFailed()
    {
        if (_failure is not null) ExceptionDispatchInfo.Throw(_failure);
    }
}
