using System.Text;

namespace Lectern.Stages.Clean;

/// <summary>Small facts about words and lines that several cleanup rules share.</summary>
public static class TextShape
{
    private static readonly char[] SentenceEnd = ['.', '!', '?', ':'];
    private static readonly char[] Closers = ['"', '\'', ')', ']'];

    public static string FoldSpaces(string text)
    {
        if (!text.Contains("  ")) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The text ends a sentence: final punctuation, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd(Closers);
        return t.Length > 0 && SentenceEnd.Contains(t[^1]);
    }

    /// <summary>The text could start a paragraph: a capital, a digit or an opening quote or bracket.</summary>
    public static bool CanStartParagraph(string text)
    {
        var t = text.TrimStart('"', '\'', '(', '[');
        return t.Length > 0 && (char.IsUpper(t[0]) || char.IsDigit(t[0]));
    }

    /// <summary>How many sentences end inside the text and are followed, on the same line, by another.</summary>
    public static int SentenceEndsInside(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(' '); i > 0 && i + 1 < text.Length; i = text.IndexOf(' ', i + 1))
            if (EndsSentence(text[..i]) && CanStartParagraph(text[(i + 1)..]) && !IsInitial(text, i)) count++;
        return count;
    }

    /// <summary>"C." or "Jr." before position <paramref name="space"/>: an abbreviation, not a sentence end.</summary>
    private static bool IsInitial(string text, int space)
    {
        var start = text.LastIndexOf(' ', space - 1) + 1;
        var word = text[start..space].TrimEnd('.');
        return word.Length <= 2 && word.All(char.IsUpper) || word.Contains('.');
    }

    public static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    public static string LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    /// <summary>
    /// Whitespace-separated tokens that hold a letter or digit (bare dash separators such as the
    /// dateline's "--" are not words).
    /// </summary>
    public static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Any(char.IsLetterOrDigit))
            .ToList();
}
