using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

public static partial class ParagraphSplitter
{
    /// <summary>What the document's layout says about paragraphs, learned from its lines.</summary>
    private sealed partial class Layout
    {
        public bool BlankLinesSeparate { get; private init; }
        public bool IndentsParagraphs { get; private init; }
        public int BaseIndent { get; private init; }
        private LineMeasure Measure { get; init; } = LineMeasure.Characters;
        public double TypicalFull { get; private init; }
        private double WidestFull { get; init; }
        private double Threshold { get; init; }
        private Body Body { get; init; } = null!;

        // Lines narrower than this share of the typical full line are not taken for wrapped lines.
        private const double ShortOfMeasure = 0.6;

        public static Layout Learn(Body body, bool blankLinesMayMatter, IReadOnlyDictionary<(int Line, int Next), bool>? measuredFits = null)
        {
            var baseIndent = MostCommonIndent(body);
            // Each line's shape, worked out once for the statistics below.
            var shapes = new LineShape[body.Count];
            for (var i = 0; i < body.Count; i++)
                shapes[i] = new(TextShape.EndsSentence(body[i].Line.Text), TextShape.CanStartParagraph(body[i].Line.Text));
            int candidates = 0, blankAfter = 0, indented = 0, indentedAfterSentence = 0;
            // Wrapped lines, by the index of the line after each.
            var wrapped = new List<int>(body.Count);
            for (var i = 1; i < body.Count; i++)
            {
                var next = body[i].Line;
                var sentence = shapes[i - 1].EndsSentence;
                if (next.Indent >= baseIndent + 2)
                {
                    indented++;
                    if (sentence) indentedAfterSentence++;
                }
                if (sentence && shapes[i].CanStart)
                {
                    candidates++;
                    if (body[i].BlankBefore && !next.PageBreakBefore) blankAfter++;
                }
                else if (!body[i - 1].Line.Text.EndsWith(';') && ListMarker.Of(next.Words) is null)
                {
                    // A clause's end (a list item's) and the line before an item are no wrapped lines either.
                    wrapped.Add(i);
                }
            }

            var widths = new WidthLists();
            var (measure, sortedFull) = Evenest(body, wrapped, widths);
            var typical = Quantile(sortedFull, 0.5);
            var widest = Quantile(Below(CollectionsMarshal.AsSpan(sortedFull), typical * 1.3), 0.95);
            // A wrapped line plus the word that went to the next line overflows the measure: the
            // narrowest such sum (bar a few outliers of the width estimate) bounds what fits.
            var overflow = widths.Overflow;
            overflow.Clear();
            for (var i = 0; i < wrapped.Count; i++)
            {
                var (line, next) = (body.Lines[wrapped[i] - 1], body.Lines[wrapped[i]]);
                var width = body.Width(measure, wrapped[i] - 1);
                // A line far short of the measure is no wrapped line: a heading or a line set apart.
                if (line.Text.EndsWith('-') || width > typical * 1.3 || width < typical * ShortOfMeasure) continue;
                overflow.Add(width + measure.Space + measure.Text(TextShape.FirstWordSpan(next.Words)));
            }
            overflow.Sort();
            var threshold = overflow.Count >= 8 ? LowestFit(overflow) : widest;

            var layout = new Layout
            {
                BlankLinesSeparate = blankLinesMayMatter && blankAfter >= 1 && blankAfter >= candidates * 0.3,
                IndentsParagraphs = indented >= 2 && indentedAfterSentence >= indented * 0.8,
                BaseIndent = baseIndent,
                Measure = measure,
                TypicalFull = typical,
                WidestFull = widest,
                Threshold = threshold,
                Body = body,
                MeasuredFits = measuredFits,
            };
            layout.LearnStandingIndents(body, shapes);
            layout.LearnRoomOnWrappedLines(body, wrapped, widths.Overflow);
            var clearStarts = layout.WeighFullLines(body, shapes);
            layout.LearnFirstLineWidths(body, shapes, clearStarts, widths);
            return layout;
        }

        /// <summary>
        /// The narrowest width that did not fit, bar a few outliers of the width estimate. Lines that end early for a
        /// reason of their own (headings, lines in a bolder font) can be more than a few: the bound is not taken below
        /// the lower outer fence of the sums (the lower quartile less three interquartile ranges).
        /// </summary>
        private static double LowestFit(List<double> sortedOverflow)
        {
            var (low, high) = (Quantile(sortedOverflow, 0.25), Quantile(sortedOverflow, 0.75));
            return Math.Max(Quantile(sortedOverflow, 0.03), low - 3 * (high - low));
        }

        private static int MostCommonIndent(Body body)
        {
            // Indents are small: counted in an array on the stack, or in a dictionary if one is not.
            const int Counted = 128;
            var small = true;
            foreach (var line in body.Lines) small &= line.Indent < Counted;
            if (!small) return MostCommonIndent(body, new Dictionary<int, int>());
            Span<int> counts = stackalloc int[Counted];
            counts.Clear();
            var most = 0;
            foreach (var line in body.Lines) most = Math.Max(most, ++counts[line.Indent]);
            // On a tie, the indent seen first.
            foreach (var line in body.Lines)
                if (counts[line.Indent] == most) return line.Indent;
            return 0;
        }

        private static int MostCommonIndent(Body body, Dictionary<int, int> counts)
        {
            foreach (var line in body.Lines) counts[line.Indent] = counts.GetValueOrDefault(line.Indent) + 1;
            var most = counts.Values.Max();
            foreach (var line in body.Lines)
                if (counts[line.Indent] == most) return line.Indent;
            return 0;
        }

        /// <summary>The measure under which the wrapped lines vary least (relative spread).</summary>
        private readonly record struct LineShape(bool EndsSentence, bool CanStart);

        /// <summary>The measure under which the wrapped lines vary least (relative spread), and their sorted widths in it.</summary>
        private static (LineMeasure Measure, List<double> Sorted) Evenest(Body lines, List<int> wrapped, WidthLists widths)
        {
            var proportional = SortedWidths(lines, wrapped, LineMeasure.Proportional, widths.Proportional);
            if (wrapped.Count < 4) return (LineMeasure.Proportional, proportional);
            var characters = SortedWidths(lines, wrapped, LineMeasure.Characters, widths.Characters);
            return Spread(proportional) < Spread(characters) ? (LineMeasure.Proportional, proportional) : (LineMeasure.Characters, characters);
        }

        private static List<double> SortedWidths(Body lines, List<int> wrapped, LineMeasure measure, List<double> sorted)
        {
            sorted.Clear();
            foreach (var next in wrapped) sorted.Add(lines.Width(measure, next - 1));
            sorted.Sort();
            return sorted;
        }

        private static double Spread(List<double> widths)
        {
            var sorted = CollectionsMarshal.AsSpan(widths);
            var median = Quantile(sorted, 0.5);
            if (median <= 0) return double.MaxValue;
            var inner = Below(sorted, median * 1.3);
            var low = 0;
            while (low < inner.Length && inner[low] < median * 0.5) low++;
            inner = inner[low..];
            return (Quantile(inner, 0.9) - Quantile(inner, 0.1)) / median;
        }

        /// <summary>The sorted values up to and including <paramref name="limit"/>.</summary>
        private static ReadOnlySpan<double> Below(ReadOnlySpan<double> sorted, double limit)
        {
            var n = sorted.Length;
            while (n > 0 && sorted[n - 1] > limit) n--;
            return sorted[..n];
        }

        /// <summary>
        /// At a sentence end on a full line the layout cannot tell. A sentence ends a printed line about
        /// as often as a paragraph's last line is full (both about once in a line's worth of words), so
        /// the document's own counts decide: clear paragraph ends against sentence ends inside lines.
        /// </summary>
        public bool FullLinesEndParagraphs { get; private set; }

        public string FullLineEvidence { get; private set; } = "";

        /// <returns>For each line, whether it clearly starts a paragraph (after a short sentence-final line).</returns>
        private bool[] WeighFullLines(Body body, LineShape[] shapes)
        {
            int clearEnds = 0, inLine = 0;
            var clearStarts = new bool[body.Count];
            for (var i = 0; i < body.Count; i++)
            {
                inLine += TextShape.SentenceEndsInside(body[i].Line.Words);
                if (i > 0 && shapes[i - 1].EndsSentence && shapes[i].CanStart && NextWordFits(i))
                {
                    clearStarts[i] = true;
                    clearEnds++;
                }
            }
            FullLinesEndParagraphs = clearEnds > inLine;
            FullLineEvidence = $"the line is full, and in this text a sentence end is more often a paragraph end ({clearEnds} clear paragraph ends, {inLine} sentence ends inside lines)";
            return clearStarts;
        }

        /// <summary>
        /// Extractors that drop leading spaces (mutool, pdftotext without -layout) still show a first-line
        /// indent: a paragraph's first full line is narrower than the lines that follow it. Learned from the
        /// clear cases (a first line after a short sentence-final line, not itself the paragraph's last line),
        /// against lines in mid-paragraph; trusted only when the two do not overlap.
        /// </summary>
        private void LearnFirstLineWidths(Body body, LineShape[] shapes, bool[] clearStarts, WidthLists widths)
        {
            var (first, middle) = (widths.First, widths.Middle);
            first.Clear();
            middle.Clear();
            for (var i = 1; i + 1 < body.Count; i++)
            {
                if (shapes[i].EndsSentence && shapes[i + 1].CanStart) continue; // maybe a last line
                var width = Body.Width(Measure, i);
                if (width > WidestFull) continue; // several printed lines joined
                if (clearStarts[i]) first.Add(width);
                else if (!shapes[i - 1].EndsSentence || !shapes[i].CanStart) middle.Add(width);
            }
            first.Sort();
            middle.Sort();
            if (first.Count < 8 || middle.Count < 16) return;
            var widestFirst = first[^1];
            // Mid-paragraph lines at the low end are the short ones before a page break or a long word.
            if (widestFirst >= Quantile(middle, 0.1) || Quantile(first, 0.1) < Quantile(middle, 0.1) - 2 * (Quantile(middle, 0.5) - widestFirst)) return;
            _firstLines = (Quantile(first, 0.1), Quantile(first, 0.9));
            _middleLines = (Quantile(middle, 0.1), Quantile(middle, 0.5));
        }

        // The usual widths (10th to 90th percentile) of first lines, and the 10th percentile and median of
        // lines in mid-paragraph; zero when the document shows no hidden indent.
        private (double Low, double High) _firstLines;
        private (double Low, double Median) _middleLines;

        /// <summary>
        /// At a full line ending a sentence: true when the next line is as narrow as the document's first lines
        /// usually are (a new paragraph), false when it is as wide as lines in mid-paragraph, wider than almost
        /// every first line (the paragraph goes on), null when the document shows no hidden indent or the next
        /// line is neither.
        /// </summary>
        public bool? HiddenIndent(int next)
        {
            if (_middleLines.Median <= 0) return null;
            var width = Body.Width(Measure, next);
            // A joined line wider by a short last line is a paragraph's end, so it ends a sentence.
            if (PrintedLinesJoined(width) || width > WidestFull && TextShape.EndsSentence(Body.Lines[next].Text)) return null;
            if (width >= _middleLines.Low) return false;
            return width >= _firstLines.Low && width <= _firstLines.High ? true : null;
        }

        public string HiddenIndentEvidence(int next) =>
            string.Create(CultureInfo.InvariantCulture, $"the next line is as narrow as this text's first lines of paragraphs ({Body.Width(Measure, next) / _middleLines.Median:P0} of a line in mid-paragraph, in {Measure.Name}): a first-line indent the extractor dropped");

        /// <summary>The width of line <paramref name="i"/>'s text, without its indent, in the document's measure.</summary>
        public double TextWidth(int i) => Measure.Text(Body.Lines[i].Words);

        /// <summary>Whether the first word of line <paramref name="next"/> would have fitted on the line before it: as the source's layout measured it, or else by the width estimate.</summary>
        public bool NextWordFits(int next) => Measured(next) ?? Needed(next) < Threshold;

        public string NextWordEvidence(int next) => Measured(next) is not null
            ? $"the next word '{TextShape.FirstWordSpan(Body.Lines[next].Words)}' would have fitted on the line (measured on the page)"
            : string.Create(CultureInfo.InvariantCulture, $"the next word '{TextShape.FirstWordSpan(Body.Lines[next].Words)}' would have fitted on the line ({Needed(next) / Threshold:P0} of the measure, in {Measure.Name})");

        /// <summary>Whether the source's layout measured on the page that line <paramref name="next"/>'s first word would have fitted on the line before.</summary>
        public bool FitsAsMeasured(int next) => Measured(next) == true;

        private IReadOnlyDictionary<(int Line, int Next), bool>? MeasuredFits { get; init; }

        /// <summary>What the source's layout measured for line <paramref name="next"/> and the line before it, if they are neighbours there too.</summary>
        private bool? Measured(int next) =>
            MeasuredFits is not null && MeasuredFits.TryGetValue((Body.Lines[next - 1].Number, Body.Lines[next].FirstNumber), out var fits) ? fits : null;

        /// <summary>
        /// A line clearly wider than the document's full lines is several printed lines the extractor joined
        /// (pdftotext joins a line ending in a hyphen to the next). A single line can look a little wider than
        /// the widest full line, as the width estimate errs; a joined line is wider by at least its last line.
        /// </summary>
        private bool PrintedLinesJoined(double width) => width > WidestFull * 1.1;

        /// <summary>The width the line before line <paramref name="next"/> would need to take that line's first word too.</summary>
        private double Needed(int next)
        {
            var width = Body.Width(Measure, next - 1);
            if (PrintedLinesJoined(width) && TypicalFull > 0)
            {
                // What matters is the last of the printed lines.
                var printed = Math.Ceiling(width / WidestFull - 0.02);
                width -= (printed - 1) * TypicalFull;
            }
            return width + Measure.Space + Measure.Text(TextShape.FirstWordSpan(Body.Lines[next].Words));
        }

        private static double Quantile(List<double> sorted, double q) =>
            Quantile(CollectionsMarshal.AsSpan(sorted), q);

        private static double Quantile(ReadOnlySpan<double> sorted, double q) =>
            sorted.Length == 0 ? 0 : sorted[(int)Math.Clamp(Math.Round(q * (sorted.Length - 1)), 0, sorted.Length - 1)];
    }
}
