using System.Globalization;
using System.Text;
using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Stages.Layout;

/// <summary>
/// The numbered source lines of the "Source and cleanup notes" page, each decision shown at its line.
/// It is the page's content, like a reading's body, so it is made here rather than in a template: a
/// Liquid loop over thousands of lines per reading would cost more than the rest of the page.
/// </summary>
public static class SourceListing
{
    /// <summary>The listing, written straight into the page where the template outputs it.</summary>
    public static HtmlContent Html(string[] lines, IReadOnlyList<CleanupDecision> decisions)
    {
        var byLine = decisions.ToLookup(d => Math.Clamp(d.Line, 1, Math.Max(lines.Length, 1)));
        return new HtmlContent(html => Write(html, lines, byLine));
    }

    private static void Write(TextWriter html, string[] lines, ILookup<int, CleanupDecision> byLine)
    {
        var i = 0;
        while (i < lines.Length)
        {
            var first = i;
            if (!string.IsNullOrWhiteSpace(lines[i])) i++;
            var blankStart = i;
            while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
            Row(html, lines, first, blankStart, i, byLine);
        }
    }

    /// <summary>
    /// The row for line <paramref name="first"/> (text or blank) and the blank lines [blankStart, end)
    /// folded into it: a run of blank lines folds into the row before it (their numbers stay as anchors
    /// and in the row's number range), so the seed's blank-after-every-line layout reads as a text.
    /// </summary>
    private static void Row(TextWriter html, string[] lines, int first, int blankStart, int end, ILookup<int, CleanupDecision> byLine)
    {
        var number = first + 1;
        var text = Visible(lines[first]);
        var marked = false;
        for (var n = number; n <= end && !marked; n++) marked = byLine.Contains(n);

        html.Write(marked ? "<div class=\"source-line has-decision\" id=\"L" : "<div class=\"source-line\" id=\"L");
        Number(html, number);
        html.Write("\"><a class=\"source-ln\" href=\"#L");
        Number(html, number);
        html.Write("\">");
        for (var n = blankStart + 1; n <= end; n++)
        {
            if (n == number) continue;
            html.Write("<span id=\"L");
            Number(html, n);
            html.Write("\"></span>");
        }
        html.Write("<span class=\"visually-hidden\">Line </span>");
        Number(html, number);
        if (end - first > 1)
        {
            html.Write('\u2013');
            Number(html, end);
        }
        html.Write("</a> <span class=\"source-text\">");
        if (marked) html.Write("<mark>");
        Theme.Encoder.Encode(html, text);
        if (marked) html.Write("</mark>");
        html.Write("</span>");
        if (end - blankStart > 1)
        {
            html.Write(" <span class=\"source-folded\">(blank lines ");
            Number(html, blankStart + 1);
            html.Write('\u2013');
            Number(html, end);
            html.Write(" dropped)</span>");
        }
        if (marked) Decisions(html, text, number, end, byLine);
        html.Write("</div>\n");
    }

    private static void Decisions(TextWriter html, string text, int number, int end, ILookup<int, CleanupDecision> byLine)
    {
        html.Write("\n<ul class=\"source-decisions\">");
        var folded = TextShape.FoldSpaces(text.Trim());
        for (var n = number; n <= end; n++)
            foreach (var d in byLine[n])
            {
                html.Write("<li data-kind=\"");
                html.Write(d.Kind.ToString());
                html.Write("\"><strong>");
                Theme.Encoder.Encode(html, CleanupKindText.Label(d.Kind));
                html.Write("</strong>");
                if (TextShape.FoldSpaces(d.Text.Trim()) != folded)
                {
                    html.Write(" <q>");
                    Theme.Encoder.Encode(html, d.Text);
                    html.Write("</q>");
                }
                html.Write(": ");
                Theme.Encoder.Encode(html, d.Evidence);
                html.Write("</li>");
            }
        html.Write("</ul>");
    }

    private static void Number(TextWriter html, int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        html.Write(digits[..length]);
    }

    /// <summary>The line as it is in the file, with control characters (a form feed is a page break) shown as their symbols.</summary>
    private static string Visible(string line)
    {
        if (!line.AsSpan().ContainsAnyInRange('\0', '\u001F')) return line;
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) sb.Append(c < ' ' && c != '\t' ? (char)(0x2400 + c) : c);
        return sb.ToString();
    }
}
