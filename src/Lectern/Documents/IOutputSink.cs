namespace Lectern.Documents;

/// <summary>
/// Where a reading's files go as they are made. <paramref name="content"/> of <see cref="Write"/> is only
/// valid during the call, so a sink that keeps a file copies it (<see cref="OutputFiles"/>).
/// </summary>
public interface IOutputSink
{
    /// <summary>Writes one file; safe to call from several threads at once.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> content);
}

/// <summary>A sink that keeps copies of the files written to it, for tests and tools that want them in memory.</summary>
public sealed class OutputFiles : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<OutputFile> _files = new();

    public IReadOnlyCollection<OutputFile> Files => _files;

    public void Write(string relativePath, ReadOnlySpan<byte> content) => _files.Enqueue(new OutputFile(relativePath, content.ToArray()));
}
