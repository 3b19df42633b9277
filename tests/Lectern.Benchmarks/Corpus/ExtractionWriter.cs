using System.Text;

namespace Lectern.Benchmarks.Corpus;

/// <summary>
/// Writes paragraphs the way the seed came out of its PDF: lines wrapped at a width, a blank line
/// after every line, and a leading space on the first line of each page.
/// </summary>
public static class ExtractionWriter
{
    public static string Write(string title, string dateline, IReadOnlyList<string> paragraphs, int width, int linesPerPage)
    {
        var lines = new List<string>();
        lines.AddRange(Wrap(title, Math.Max(30, width - 30)));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = i == 0 ? dateline + " -- " + paragraphs[i] : paragraphs[i];
            if (i == paragraphs.Count - 1) text += " -0-";
            lines.AddRange(Wrap(text, width));
        }

        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && i % linesPerPage == 0) sb.Append(' ');
            sb.Append(lines[i]).Append(" \n\n");
        }
        return sb.ToString();
    }

    /// <summary>Greedy wrapping: a word goes on the next line only when it does not fit on this one.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
