using System.Runtime.CompilerServices;

namespace Lectern.Glossary;

/// <summary>
/// A prefix tree over the folded characters of every form (lower case, one kind of apostrophe, one
/// kind of space), so a walk from one position of the text follows every form that starts there at
/// once. Built with dictionaries, then frozen into arrays (a direct table for ASCII at the root and
/// at every node with many children), so a step costs about the same however many entries the glossary has.
/// </summary>
internal sealed class TermTrie
{
    private readonly Node _root = new();

    public Node Root => _root;

    public void Add(string form, GlossaryEntry entry, bool caseSensitive)
    {
        var node = _root;
        foreach (var c in form) node = node.GetOrAdd(Fold(c));
        node.Forms.Add(new TrieForm(form, entry, caseSensitive));
    }

    public void Freeze() => _root.Freeze(isRoot: true);

    /// <summary>What the matcher compares: case folded, typographic apostrophes and whitespace unified.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128
        ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is '\t' or '\n' or '\r' or '\f' or '\v' ? ' ' : c)
        : char.ToLowerInvariant(Normalize(c));

    /// <summary>Unifies apostrophes and whitespace but keeps case, for case-sensitive forms.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    internal sealed class Node
    {
        // Up to this many children a node is searched in a line; more, and ASCII steps go through a direct table.
        private const int LinearSearchLimit = 8;

        private Dictionary<char, Node>? _building = [];
        private char[] _keys = [];
        private Node[] _children = [];
        private Node?[]? _ascii;

        public List<TrieForm> Forms { get; } = [];

        public Node GetOrAdd(char c)
        {
            if (!_building!.TryGetValue(c, out var next)) _building[c] = next = new Node();
            return next;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Node? Child(char c)
        {
            if (_ascii is not null) return c < 128 ? _ascii[c] : Search(c);
            return Search(c);
        }

        private Node? Search(char c)
        {
            var keys = _keys;
            if (keys.Length <= LinearSearchLimit)
            {
                for (var i = 0; i < keys.Length; i++)
                    if (keys[i] == c) return _children[i];
                return null;
            }
            var at = Array.BinarySearch(keys, c);
            return at >= 0 ? _children[at] : null;
        }

        public void Freeze(bool isRoot)
        {
            if (_building is null) return;
            var pairs = _building.OrderBy(kv => kv.Key).ToArray();
            _keys = pairs.Select(kv => kv.Key).ToArray();
            _children = pairs.Select(kv => kv.Value).ToArray();
            if (isRoot || pairs.Length > LinearSearchLimit)
            {
                _ascii = new Node?[128];
                foreach (var (key, child) in pairs) if (key < 128) _ascii[key] = child;
            }
            _building = null;
            foreach (var child in _children) child.Freeze(isRoot: false);
        }
    }
}

internal sealed record TrieForm(string Text, GlossaryEntry Entry, bool CaseSensitive);
