using System.Collections;

namespace Lectern.Stages.Clean;

/// <summary>
/// The paragraphs <see cref="ParagraphSplitter"/> found, each a run of the body's text lines: one array of the
/// lines and where each paragraph starts in it, rather than a list per paragraph.
/// </summary>
public sealed class ParagraphLines(SourceLine[] lines, List<int> starts) : IReadOnlyList<ArraySegment<SourceLine>>
{
    public int Count => starts.Count;

    public ArraySegment<SourceLine> this[int index]
    {
        get
        {
            var end = index + 1 < starts.Count ? starts[index + 1] : lines.Length;
            return new ArraySegment<SourceLine>(lines, starts[index], end - starts[index]);
        }
    }

    public IEnumerator<ArraySegment<SourceLine>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
