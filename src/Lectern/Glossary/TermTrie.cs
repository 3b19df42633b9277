namespace Lectern.Glossary;

/// <summary>
/// A prefix tree over the folded characters of every form (lower case, one kind of apostrophe, one
/// kind of space), so a walk from one position of the text follows every form that starts there at once.
/// </summary>
internal sealed class TermTrie
{
    private readonly Node _root = new();

    public void Add(string form, GlossaryEntry entry, bool caseSensitive)
    {
        var node = _root;
        foreach (var c in form) node = node.Child(Fold(c), create: true)!;
        node.Forms.Add(new TrieForm(form, entry, caseSensitive));
    }

    public Node Root => _root;

    /// <summary>What the matcher compares: case folded, typographic apostrophes and whitespace unified.</summary>
    public static char Fold(char c) => char.ToLowerInvariant(Normalize(c));

    /// <summary>Unifies apostrophes and whitespace but keeps case, for case-sensitive forms.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    internal sealed class Node
    {
        private Dictionary<char, Node>? _children;
        public List<TrieForm> Forms { get; } = [];

        public Node? Child(char c, bool create = false)
        {
            if (_children is not null && _children.TryGetValue(c, out var next)) return next;
            if (!create) return null;
            _children ??= [];
            return _children[c] = new Node();
        }
    }
}

internal sealed record TrieForm(string Text, GlossaryEntry Entry, bool CaseSensitive);
