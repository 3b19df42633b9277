namespace Lectern.Stages.Clean;

/// <summary>
/// The document's tokens (runs without a space) with a point or slash inside, such as a web address or a file name,
/// each with the first line it stands on. A line may break such a token after its point or slash, with no hyphen to
/// show it (<c>www.</c> at a line's end, <c>[agency].gov/data</c> on the next); where the document writes the whole
/// token elsewhere, the two pieces are that token, not two words. Without that evidence a line ending in a point is a
/// sentence's end, and the pieces stay apart. Learned from the lines when first asked: most texts never ask.
/// </summary>
internal sealed class UnbrokenTokens(IReadOnlyList<SourceLine> lines)
{
    private Dictionary<string, int>? _tokens;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    /// <summary>Whether <paramref name="text"/> ends in a token piece a line may break after (its last character a point or slash).</summary>
    public static bool EndsAtBreakableSeparator(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] is '.' or '/' && text[^2] != ' ';

    /// <summary>The token <paramref name="left"/> and <paramref name="right"/> make, and the line where the document writes it whole; null if it never does.</summary>
    public (string Token, int Line)? FoundWhole(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || right.IsEmpty || !char.IsLetterOrDigit(right[0]) && right[0] is not '[' and not '(' and not '_' and not '~') return null;
        var tokens = Tokens();
        Span<char> whole = left.Length + right.Length <= 256 ? stackalloc char[left.Length + right.Length] : new char[left.Length + right.Length];
        left.CopyTo(whole);
        right.CopyTo(whole[left.Length..]);
        return tokens.TryGetValue(WithoutClosingPunctuation(whole), out var line) ? (whole.ToString(), line) : null;
    }

    /// <summary>The token without what may close a sentence or clause after it (a point, comma, bracket, quote).</summary>
    private static ReadOnlySpan<char> WithoutClosingPunctuation(ReadOnlySpan<char> token) => token.TrimEnd(".,;:!?)\"'”’");

    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Tokens()
    {
        if (_tokens is not null) return _spans;
        _tokens = new Dictionary<string, int>(StringComparer.Ordinal);
        _spans = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            var words = line.Words;
            foreach (var range in TextShape.SplitAtSpaces(words))
            {
                var token = WithoutClosingPunctuation(words[range]);
                // A separator inside the token, not at its end: the token was not itself cut after it.
                if (token.Length < 3 || token[..^1].IndexOfAny('.', '/') <= 0) continue;
                _spans.TryAdd(token, line.Number);
            }
        }
        return _spans;
    }
}
