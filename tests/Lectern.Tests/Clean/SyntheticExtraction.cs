using System.Text;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>How a synthetic extraction marks paragraphs.</summary>
public enum ParagraphMark { BlankLine, Indent }

/// <summary>
/// Typesets a report's true parts as a monospaced extraction would show them: wrapped at a width,
/// words hyphenated at line ends (dictionary words split inside, compounds at their hyphen), pages
/// broken every so many lines with page numbers, a running header and form feeds or blank gaps.
/// Shared by the property test and the benchmarks.
/// </summary>
public sealed class SyntheticExtraction(Random random)
{
    public int Width { get; init; } = 66;
    public ParagraphMark Mark { get; init; } = ParagraphMark.BlankLine;
    public int LinesPerPage { get; init; } = 40;
    public bool FormFeeds { get; init; } = true;
    public string? RunningHeader { get; init; }
    public int PageNumberStyle { get; init; }

    public string Typeset(string title, string dateline, IReadOnlyList<string> paragraphs, string endMark)
    {
        var body = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            if (i == 0) text = dateline + " -- " + text;
            if (i == paragraphs.Count - 1) text += " " + endMark;
            if (i > 0 && Mark == ParagraphMark.BlankLine) body.Add("");
            var lines = Wrap(text, Mark == ParagraphMark.Indent ? 5 : 0);
            body.AddRange(lines);
        }

        var sb = new StringBuilder();
        foreach (var line in Wrap(title, 0)) sb.Append(new string(' ', Math.Max(0, (Width - line.Length) / 2))).Append(line).Append('\n');
        sb.Append('\n');
        var page = 1;
        var onPage = 0;
        for (var i = 0; i < body.Count; i++)
        {
            // A page that ends a sentence on a full line inside a paragraph hides whether the paragraph
            // goes on; such a page is made one line longer, so the layout stays readable.
            if (onPage >= LinesPerPage && !EndsSentenceInsideParagraph(body, i - 1))
            {
                BreakPage(sb, ++page);
                onPage = 0;
            }
            sb.Append(body[i]).Append('\n');
            onPage++;
        }
        return sb.ToString();
    }

    private static bool EndsSentenceInsideParagraph(List<string> body, int i) =>
        i + 1 < body.Count && body[i + 1].Length > 0 && !body[i + 1].StartsWith(' ') && TextShape.EndsSentence(body[i]);

    private void BreakPage(StringBuilder sb, int page)
    {
        sb.Append('\n', random.Next(0, 3));
        if (!FormFeeds) sb.Append('\n', 4 + random.Next(0, 4));
        if (FormFeeds) sb.Append('\f');
        if (RunningHeader is not null) sb.Append(RunningHeader).Append('\n').Append('\n');
        var number = (PageNumberStyle % 4) switch
        {
            0 => $"- {page} -",
            1 => $"-{page}-",
            2 => $"{page}",
            _ => $"Page {page} of 99",
        };
        sb.Append(new string(' ', Width / 2 - 2)).Append(number).Append('\n');
        sb.Append('\n', FormFeeds ? random.Next(0, 3) : 2);
    }

    private List<string> Wrap(string text, int indent)
    {
        var lines = new List<string>();
        var line = new StringBuilder(new string(' ', indent));
        var lineHasWord = false;
        var words = new Queue<string>(text.Split(' '));
        while (words.Count > 0)
        {
            var word = words.Dequeue();
            var needed = (lineHasWord ? 1 : 0) + word.Length;
            if (line.Length + needed <= Width || !lineHasWord)
            {
                if (lineHasWord) line.Append(' ');
                line.Append(word);
                lineHasWord = true;
                continue;
            }
            var room = Width - line.Length - 1;
            if (Split(word, room) is { } split)
            {
                line.Append(' ').Append(split.Head);
                words = new Queue<string>(words.Prepend(split.Tail));
            }
            else
            {
                words = new Queue<string>(words.Prepend(word));
            }
            lines.Add(line.ToString());
            line.Clear();
            lineHasWord = false;
        }
        if (lineHasWord) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Breaks a word to fit <paramref name="room"/> columns (hyphen included), as a typesetter might.</summary>
    private (string Head, string Tail)? Split(string word, int room)
    {
        if (room < 3 || random.Next(3) == 0) return null;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 <= room && hyphen < word.Length - 1 && char.IsLetter(word[hyphen + 1]))
            return (word[..(hyphen + 1)], word[(hyphen + 1)..]);
        if (word.Length < 6 || !word.All(char.IsLower) || !WordList.Contains(word)) return null;
        var at = Math.Min(room - 1, 2 + random.Next(word.Length - 4));
        return at < 2 || word.Length - at < 2 ? null : (word[..at] + "-", word[at..]);
    }
}
