namespace Lectern.Stages.Clean;

/// <summary>
/// An editor's paragraph-break corrections for one text, by source line: true where a paragraph begins,
/// false where the line goes on with the paragraph before. <see cref="ParagraphSplitter"/> applies them
/// ahead of any layout evidence; a line it never reaches is reported back as unused.
/// </summary>
public sealed class ParagraphEdits(IReadOnlyDictionary<int, bool> startsParagraph)
{
    private readonly HashSet<int> _used = [];

    /// <summary>The correction at <paramref name="line"/>, if the editor made one; marks it used.</summary>
    internal bool TryGet(int line, out bool starts)
    {
        if (!startsParagraph.TryGetValue(line, out starts)) return false;
        _used.Add(line);
        return true;
    }

    /// <summary>Whether the editor begins a paragraph at <paramref name="line"/> (without marking the correction used).</summary>
    internal bool Begins(int line) => startsParagraph.TryGetValue(line, out var starts) && starts;

    /// <summary>The lines named by a correction that no line of the body begins (a title line, a blank, a number out of range).</summary>
    public IReadOnlyList<int> Unused => startsParagraph.Keys.Where(line => !_used.Contains(line)).Order().ToList();
}
