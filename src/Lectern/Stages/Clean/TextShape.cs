using System.Text;

namespace Lectern.Stages.Clean;

/// <summary>Small facts about words and lines that several cleanup rules share.</summary>
public static class TextShape
{
    private static readonly char[] SentenceEnd = ['.', '!', '?', ':', '\u2026'];
    private static readonly char[] Closers = ['"', '\'', ')', ']'];
    private static readonly System.Buffers.SearchValues<char> UpperLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly char[] Openers = ['"', '\'', '(', '['];
    private static readonly System.Buffers.SearchValues<char> EndOrCloser = System.Buffers.SearchValues.Create(".!?:\u2026\"')]");

    public static string FoldSpaces(string text) => text.Contains("  ") ? FoldSpaces(text.AsSpan()) : text;

    /// <summary>The text with runs of spaces folded to one, as a new string.</summary>
    public static string FoldSpaces(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The text ends a sentence: final punctuation, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd().TrimEnd(Closers);
        return t.Length > 0 && SentenceEnd.Contains(t[^1]);
    }

    /// <summary>The text could start a paragraph: a capital, a digit or an ellipsis, after any opening quote or bracket.</summary>
    public static bool CanStartParagraph(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart(Openers);
        // An ellipsis opening a line stands for omitted text, which begins a paragraph as a capital does.
        return t.Length > 0 && (char.IsUpper(t[0]) || char.IsDigit(t[0]) || t[0] == '\u2026');
    }

    /// <summary>How many sentences end inside the text and are followed, on the same line, by another.</summary>
    public static int SentenceEndsInside(ReadOnlySpan<char> text)
    {
        var count = 0;
        var span = text;
        // Only a space after final punctuation or a closer can follow a sentence end.
        for (var end = span.IndexOfAny(EndOrCloser); end >= 0 && end + 2 < text.Length; end = NextEnd(span, end + 1))
        {
            var space = end + 1;
            if (text[space] == ' ' && EndsSentence(span[..space]) && CanStartParagraph(span[(space + 1)..]) && !IsInitial(text, space)) count++;
        }
        return count;

        static int NextEnd(ReadOnlySpan<char> text, int from)
        {
            var next = text[from..].IndexOfAny(EndOrCloser);
            return next < 0 ? -1 : from + next;
        }
    }

    /// <summary>"C." or "Jr." before position <paramref name="space"/>: an abbreviation, not a sentence end.</summary>
    private static bool IsInitial(ReadOnlySpan<char> text, int space)
    {
        var start = text[..space].LastIndexOf(' ') + 1;
        var word = text[start..space].TrimEnd('.');
        return word.Length <= 2 && !word.ContainsAnyExcept(UpperLetters) || word.Contains('.');
    }

    public static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    public static ReadOnlySpan<char> FirstWordSpan(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    /// <summary>
    /// Whitespace-separated tokens that hold a letter or digit (bare dash separators such as the
    /// dateline's "--" are not words).
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 6);
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (HasLetterOrDigit(token)) words.Add(token);
        return words;
    }

    /// <summary>
    /// The ranges of the space-separated pieces of <paramref name="text"/>, as <c>text.Split(' ')</c> gives them (empty
    /// pieces too), found by a plain loop: faster than the vectorized search for words a few letters long.
    /// </summary>
    public static SpaceSplit SplitAtSpaces(ReadOnlySpan<char> text) => new(text);

    public ref struct SpaceSplit
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        public SpaceSplit(ReadOnlySpan<char> text) => _text = text;

        public Range Current { get; private set; }

        public readonly SpaceSplit GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > _text.Length) return false;
            var end = _next;
            while (end < _text.Length && _text[end] != ' ') end++;
            Current = _next..end;
            _next = end + 1;
            return true;
        }
    }

    public static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>A token without the punctuation around it (keeps inner hyphens and apostrophes).</summary>
    public static ReadOnlySpan<char> WordCore(ReadOnlySpan<char> token)
    {
        int start = 0, end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start])) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return token[start..end];
    }

    /// <summary>The letters a token begins with.</summary>
    public static string LeadingLetters(ReadOnlySpan<char> token)
    {
        var n = 0;
        while (n < token.Length && char.IsLetter(token[n])) n++;
        return token[..n].ToString();
    }
}
