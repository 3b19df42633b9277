using System.Collections.Concurrent;

namespace Lectern.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel; reports them sorted.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    // Counted as they come: the build asks after every reading, and a library of readings can carry
    // a warning each (no anchors.lock), so scanning the queue would make the build quadratic.
    private int _errors;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError) Interlocked.Increment(ref _errors);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.File, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
