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
    // The builder grows in chunks; one large initial capacity would be a large-object-heap array (85,000 bytes and up) per page.
    private const int FirstChunkChars = 8000;

    public static HtmlContent Html(string[] lines, IReadOnlyList<CleanupDecision> decisions)
    {
        var byLine = decisions.ToLookup(d => Math.Clamp(d.Line, 1, Math.Max(lines.Length, 1)));
        var html = new StringBuilder(FirstChunkChars);
        var i = 0;
        while (i < lines.Length)
        {
            var first = i;
            if (!string.IsNullOrWhiteSpace(lines[i])) i++;
            var blankStart = i;
            while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
            Row(html, lines, first, blankStart, i, byLine);
        }
        return HtmlContent.From(html);
    }

    /// <summary>
    /// The row for line <paramref name="first"/> (text or blank) and the blank lines [blankStart, end)
    /// folded into it: a run of blank lines folds into the row before it (their numbers stay as anchors
    /// and in the row's number range), so the seed's blank-after-every-line layout reads as a text.
    /// </summary>
    private static void Row(StringBuilder html, string[] lines, int first, int blankStart, int end, ILookup<int, CleanupDecision> byLine)
    {
        var number = first + 1;
        var text = Visible(lines[first]);
        var rowDecisions = new List<CleanupDecision>();
        for (var n = number; n <= end; n++) rowDecisions.AddRange(byLine[n]);
        var marked = rowDecisions.Count > 0;

        html.Append("<div class=\"source-line").Append(marked ? " has-decision" : "").Append("\" id=\"L").Append(number)
            .Append("\"><a class=\"source-ln\" href=\"#L").Append(number).Append("\">");
        for (var n = blankStart + 1; n <= end; n++)
            if (n != number) html.Append("<span id=\"L").Append(n).Append("\"></span>");
        html.Append("<span class=\"visually-hidden\">Line </span>")
            .Append(end - first > 1 ? $"{number}\u2013{end}" : number.ToString(CultureInfo.InvariantCulture))
            .Append("</a> <span class=\"source-text\">");
        if (marked) html.Append("<mark>");
        Encode(html, text);
        if (marked) html.Append("</mark>");
        html.Append("</span>");
        if (end - blankStart > 1) html.Append(" <span class=\"source-folded\">(blank lines ").Append(blankStart + 1).Append('\u2013').Append(end).Append(" dropped)</span>");
        if (marked)
        {
            html.Append("\n<ul class=\"source-decisions\">");
            var folded = TextShape.FoldSpaces(text.Trim());
            foreach (var d in rowDecisions)
            {
                html.Append("<li data-kind=\"").Append(d.Kind).Append("\"><strong>");
                Encode(html, CleanupKindText.Label(d.Kind));
                html.Append("</strong>");
                if (TextShape.FoldSpaces(d.Text.Trim()) != folded)
                {
                    html.Append(" <q>");
                    Encode(html, d.Text);
                    html.Append("</q>");
                }
                html.Append(": ");
                Encode(html, d.Evidence);
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("</div>\n");
    }

    private static void Encode(StringBuilder html, string text) => html.Append(Theme.Encoder.Encode(text));

    /// <summary>The line as it is in the file, with control characters (a form feed is a page break) shown as their symbols.</summary>
    private static string Visible(string line)
    {
        if (!line.AsSpan().ContainsAnyInRange('\0', '\u001F')) return line;
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) sb.Append(c < ' ' && c != '\t' ? (char)(0x2400 + c) : c);
        return sb.ToString();
    }
}
