using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// An editor's corrections of block kinds for one text, by the source line a block starts on (reading.yml
/// <c>blocks: {heading: [12], item: [51], paragraph: [77]}</c>). <see cref="BlockClassifier"/> applies them ahead
/// of its own evidence; a line that starts no block is reported back as unused.
/// </summary>
public sealed class BlockEdits(IReadOnlyDictionary<int, BlockKind> kinds)
{
    private readonly HashSet<int> _used = [];

    /// <summary>The kind the editor gave the block starting at <paramref name="line"/>, if any; marks it used.</summary>
    internal bool TryGet(int line, out BlockKind kind)
    {
        if (!kinds.TryGetValue(line, out kind)) return false;
        _used.Add(line);
        return true;
    }

    /// <summary>The lines named by a correction on which no block of the body starts.</summary>
    public IReadOnlyList<int> Unused => kinds.Keys.Where(line => !_used.Contains(line)).Order().ToList();
}
