using System.Globalization;

namespace Lectern.Stages.Clean;

public static partial class ParagraphSplitter
{
    private sealed partial class Layout
    {
        // More than a first-line indent or a list's hanging indent: a centred line's left margin.
        public const int CentredIndent = 12;

        // Lines set in alone that the document must have, and the share of them after a sentence's end or an address's comma.
        private const int MinStandingIndents = 3;
        private const double StandingIndentsAfterEnds = 0.9;

        private bool _indentsStandAlone;
        private (int Count, int AfterEnds) _standing;

        /// <summary>
        /// A line set in from the lines on both sides of it, the line before standing at the body's margin and opening
        /// with no list marker: a paragraph's first line, where the document indents them and only them. Where a
        /// document's items hang (their turned lines set in like a first line), its share of indented lines after a
        /// sentence's end is too low for <see cref="IndentsParagraphs"/>, though its paragraphs are indented: a line
        /// standing in alone shows it, when such lines follow the end of a sentence (or an address's comma) almost
        /// every time in this document.
        /// </summary>
        public bool StandingIndent(int i) => _indentsStandAlone && StandsIn(Body, i);

        public string StandingIndentEvidence => string.Create(CultureInfo.InvariantCulture,
            $"the line stands in from the lines on both sides, as {_standing.AfterEnds} of this text's {_standing.Count} lines that do so stand after the end of a sentence or an address");

        private bool StandsIn(Body body, int i)
        {
            if (i < 1) return false;
            var (prev, line, margin) = (body.Lines[i - 1], body.Lines[i], BaseIndent);
            if (prev.Indent != margin || line.Indent < margin + 2 || line.Indent >= margin + CentredIndent) return false;
            if (i + 1 < body.Count && body.Lines[i + 1].Indent != margin) return false;
            return ListMarker.Of(prev.Words) is null;
        }

        private void LearnStandingIndents(Body body, LineShape[] shapes)
        {
            int count = 0, afterEnds = 0;
            for (var i = 1; i < body.Count; i++)
            {
                if (!StandsIn(body, i)) continue;
                count++;
                if (shapes[i - 1].EndsSentence || body.Lines[i - 1].Text.EndsWith(',')) afterEnds++;
            }
            _standing = (count, afterEnds);
            _indentsStandAlone = count >= MinStandingIndents && afterEnds >= count * StandingIndentsAfterEnds;
        }
    }
}
