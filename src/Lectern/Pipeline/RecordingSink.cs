using Lectern.Documents;

namespace Lectern.Pipeline;

/// <summary>Passes files on, noting their paths: the files one piece of the build wrote, which a later build keeps. One writer at a time.</summary>
internal sealed class RecordingSink(IOutputSink inner) : IOutputSink
{
    private readonly List<string> _paths = [];

    public IReadOnlyList<string> Paths => _paths;

    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        _paths.Add(relativePath);
        inner.Write(relativePath, content);
    }
}
