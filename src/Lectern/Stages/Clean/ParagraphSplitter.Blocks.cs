namespace Lectern.Stages.Clean;

public static partial class ParagraphSplitter
{
    /// <summary>
    /// Where a block starts that is not a run-on paragraph of the body: a list item (a marker after the end of a
    /// sentence or clause, after a short line, after a blank line, or continuing the numbering of the item before),
    /// the line after a short line the typesetter did not fill (a heading, a salutation, a line set apart: the next
    /// line's first word would have fitted on it), and a short line without closing punctuation standing between
    /// the end of a sentence and a line that starts a block (a heading). These hold whatever the layout's own
    /// paragraph mark (indent, blank line) says, as headings and items carry neither.
    /// </summary>
    private sealed class BlockStarts(Body body, Layout layout)
    {
        // Salutations and lines set apart are short against the measure; a comma ends such a line only when it is this short.
        private const double ShortLine = 0.7;

        // A salutation wraps at most once; a longer block ending in a comma is a paragraph cut by a page or a figure.
        private const int SalutationLines = 2;

        // A line without closing punctuation stands alone only this far short of a full line, as the width estimate
        // lets some wrapped lines seem to have room for the next word.
        private const double StandingLine = 0.87;

        // The marker of the last item line, to see a numbering go on.
        private ListMarker? _lastMarker;

        /// <param name="i">The index of the line that may start a block.</param>
        /// <param name="blockStart">The index of the first line of the block the line before belongs to.</param>
        public string? Reason(int i, int blockStart)
        {
            // A marker alone on its line opens the item the next line's text is.
            // The numbered line before stood alone when a block started right below it (the block before this line did).
            if (_markerLine >= 0 && i == _markerLine + 2) _markerStoodAlone = blockStart == _markerLine + 1 && OpenEnded(body[_markerLine].Line.Text);
            if (ListMarker.IsAlone(body[i - 1].Line.Words)) return null;
            var marker = ListMarker.Of(body[i].Line.Words);
            var reason = (marker is { } m ? MarkerReason(m, i) : null) ?? AfterClause(i) ?? AfterShortLine(i, blockStart) ?? BeforeStandingLine(i)
                ?? OutOfHangingItem(i, blockStart) ?? AfterNumberedLikeItsSibling(i, blockStart) ?? BeforeRunInLabel(i) ?? AfterCommaBeforeIndent(i) ?? AfterAddress(i, blockStart) ?? BeforeSentenceStart(i, blockStart);
            if (marker is not null && reason is not null)
            {
                _siblingStoodAlone = _markerStoodAlone;
                (_lastMarker, _markerLine, _markerStoodAlone) = (marker, i, false);
            }
            return reason;
        }

        // The line the last numbered block started on, whether that block was its line alone without closing punctuation
        // (a numbered heading), and whether the numbered block before it was so.
        private int _markerLine = -1;
        private bool _markerStoodAlone, _siblingStoodAlone;

        /// <summary>
        /// A numbered line without closing punctuation that goes on with the numbering of a line that stood alone so (a
        /// numbered heading: <c>c.</c> after the heading <c>b.</c>) stands alone too, though it is as wide as a full line in
        /// the heading's larger type: the next line, which can start a block, starts one.
        /// </summary>
        private string? AfterNumberedLikeItsSibling(int i, int blockStart)
        {
            // A bullet numbers nothing: a bulleted item's first line may be open-ended where the one before stood alone.
            if (blockStart != i - 1 || _markerLine != i - 1 || !_siblingStoodAlone || _lastMarker is not { IsBullet: false }) return null;
            var (heading, next) = (body[i - 1].Line, body[i].Line);
            if (!OpenEnded(heading.Text) || !TextShape.CanStartParagraph(next.Words) || ListMarker.Of(next.Words) is not null) return null;
            return $"a numbered line without closing punctuation goes on with the numbering of one that stood alone so (a numbered heading)";
        }

        private static bool OpenEnded(ReadOnlySpan<char> text) => text.Length > 0 && char.IsLetterOrDigit(text.TrimEnd()[^1]);

        private string? MarkerReason(ListMarker marker, int i)
        {
            var (prev, next) = (body[i - 1].Line, body[i]);
            var shown = next.Line.Words[..marker.Length].ToString();
            if (_lastMarker is { } last && Continues(last, marker))
                return $"list marker '{shown}' continues the numbering of the item before";
            if (TextShape.EndsSentence(prev.Text) || prev.Text.EndsWith(';'))
                return $"list marker '{shown}' after the end of a sentence or clause";
            if (next.BlankBefore && !next.Line.PageBreakBefore) return $"list marker '{shown}' after a blank line";
            if (layout.NextWordFits(i)) return $"list marker '{shown}' after a short line";
            return null;
        }

        private static bool Continues(ListMarker last, ListMarker marker) =>
            marker.IsBullet ? marker.Style == last.Style
            : marker.Style == last.Style && marker.Value == last.Value + 1
              || last.AsLetter() is { } letter && marker.AsLetter() is { } asLetter && asLetter.Style == letter.Style && asLetter.Value == letter.Value + 1
              || marker.AsLetter() is { } l && l.Style == last.Style && l.Value == last.Value + 1;

        /// <summary>
        /// A line is no line of a list item when it does not hang at the item's text: where the item's own lines after its
        /// first all hang (at least 2 characters past its marker), a line that starts a block and stands less far in ends
        /// it; where the item has no such lines yet, the same holds after the end of a sentence when the document hangs its
        /// items' lines (<see cref="HangingIndent"/>).
        /// </summary>
        private string? OutOfHangingItem(int i, int blockStart)
        {
            var (item, prev, next) = (body[blockStart].Line, body[i - 1].Line, body[i].Line);
            if (i - 1 == blockStart && ListMarker.IsAlone(item.Words)) return null;
            if (ListMarker.Of(item.Words) is null || !TextShape.CanStartParagraph(next.Words) || next.PageBreakBefore) return null;
            var depth = next.Indent - item.Indent;
            if (ItsOwnHang(blockStart, i) is { } own)
                return depth < own
                    ? $"the line does not hang at the list item's text ({depth} characters past its marker, where the item's other lines hang {own}): the item has ended"
                    : null;
            if (!TextShape.EndsSentence(prev.Text) || HangingIndent is not { } hang || depth >= hang.Depth) return null;
            return $"the line does not hang at the list item's text ({depth} characters past its marker, where " +
                   $"{hang.Count} of the document's wrapped items hang {hang.Depth} or more): the item has ended";
        }

        /// <summary>How far past its marker the item's lines after its first stand, when all of them stand at least 2 in; else null.</summary>
        /// <remarks>Lines are asked about in order, so the least depth is carried from line to line: one step per line.</remarks>
        private int? ItsOwnHang(int blockStart, int i)
        {
            if (_hangBlock != blockStart) (_hangBlock, _hangUpTo, _hangLeast) = (blockStart, blockStart + 1, int.MaxValue);
            for (; _hangUpTo < i; _hangUpTo++)
            {
                var line = body[_hangUpTo].Line;
                _hangLeast = line.PageBreakBefore ? int.MinValue : Math.Min(_hangLeast, line.Indent - body[blockStart].Line.Indent);
            }
            return i - blockStart >= 2 && _hangLeast >= 2 ? _hangLeast : null;
        }

        private int _hangBlock = -1, _hangUpTo, _hangLeast;

        // Items whose second line shows how the document sets an item's lines.
        private const int MinHangingItems = 2;

        private (int Depth, int Count)? _hangingIndent;
        private bool _hangingIndentLearned;

        /// <summary>
        /// How far past its marker the document sets a list item's second line, when it hangs them (the least depth of
        /// such lines), learned from items whose first line is full and ends mid-sentence, so the next line is surely the
        /// item's own (a numbered heading's line is short).
        /// Null unless at least <see cref="MinHangingItems"/> items wrap and every one of them hangs at least 2 characters.
        /// </summary>
        private (int Depth, int Count)? HangingIndent
        {
            get
            {
                if (_hangingIndentLearned) return _hangingIndent;
                _hangingIndentLearned = true;
                int wrapped = 0, least = int.MaxValue;
                for (var i = 0; i + 1 < body.Count; i++)
                {
                    var (line, second) = (body[i].Line, body[i + 1]);
                    if (second.BlankBefore || second.Line.PageBreakBefore || ListMarker.Of(line.Words) is not { } marker || marker.Length == line.Words.Length
                        || TextShape.EndsSentence(line.Text) || ListMarker.Of(second.Line.Words) is not null || layout.NextWordFits(i + 1)) continue;
                    var depth = second.Line.Indent - line.Indent;
                    if (depth < 2) return null;
                    wrapped++;
                    least = Math.Min(least, depth);
                }
                _hangingIndent = wrapped >= MinHangingItems ? (least, wrapped) : null;
                return _hangingIndent;
            }
        }

        /// <summary>
        /// A line ending in a comma before a first-line indent the document sets only after the ends of sentences and
        /// addresses (<see cref="Layout.StandingIndent"/>): an address or salutation as wide as a full line.
        /// </summary>
        private string? AfterCommaBeforeIndent(int i) =>
            body[i - 1].Line.Text.EndsWith(',') && TextShape.CanStartParagraph(body[i].Line.Words) && layout.StandingIndent(i)
                ? $"a line ending in a comma (an address) before a first-line indent: {layout.StandingIndentEvidence}"
                : null;

        private WordCase? _wordCase;

        private WordCase Case => _wordCase ??= new WordCase(body.Lines);

        /// <summary>
        /// Whether line <paramref name="i"/> opens with a capital the document gives that word only where a sentence starts
        /// (<see cref="WordCase"/>), and goes on in lower case (a name or a title goes on in capitals: <c>Making Open and
        /// Machine Readable ...</c>, <c>Heads of Executive Departments</c>): a sentence starts there, so no sentence runs on
        /// into it from the line before.
        /// </summary>
        private bool OpensSentence(int i, out ReadOnlySpan<char> word) => OpensLikeSentence(i, out word) && Case.CapitalOnlyAtStarts(word);

        /// <summary>Whether line <paramref name="i"/> opens with a capitalised word and goes on in lower case.</summary>
        private bool OpensLikeSentence(int i, out ReadOnlySpan<char> word)
        {
            var words = body[i].Line.Words;
            var first = TextShape.FirstWordSpan(words);
            word = TextShape.WordCore(first);
            // A word in capitals is set so for emphasis, anywhere in a sentence; a closing quote or bracket after the word
            // ends a quotation or an aside begun on the line before (a name quoted: "Fair Information Practice Principles").
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || "\"'”’)]".Contains(first.TrimEnd(".,;:")[^1])) return false;
            return FunctionWords.GoesOnInLowerCase(words[TextShape.FirstWordSpan(words).Length..]);
        }

        /// <summary>
        /// A block's first line ending in a letter or digit (no sentence's end, no clause's, no hyphen) before a line where
        /// a sentence starts (<see cref="OpensSentence"/>) is a block of its own: a heading or a line set apart, however
        /// full its line. A line ending in an article, preposition or conjunction leads on (<c>Department of</c>, then
        /// <c>State</c>: a name's word the document capitalises nowhere else), and so does one ending in a capitalised word
        /// (a name going on).
        /// </summary>
        private string? BeforeSentenceStart(int i, int blockStart)
        {
            if (!OpenEnded(body[i - 1].Line.Text) || LeadsOn(TextShape.LastWord(body[i - 1].Line.Words)) || ListMarker.Of(body[i].Line.Words) is not null) return null;
            // A name goes on from a capitalised word at the line's end (The respected General, then Secretary).
            if (blockStart == i - 1 && !char.IsUpper(TextShape.WordCore(TextShape.LastWord(body[i - 1].Line.Words))[0]) && OpensSentence(i, out var word))
                return $"a line without closing punctuation before a line that opens with '{word}', which this text writes in lower case and capitalises only where a sentence starts (a heading or a line set apart)";
            // A memo field's value is a title or a name: a line that opens with a capital and goes on in lower case is no part of it.
            return i - blockStart <= SalutationLines && BlockClassifier.IsMemoField(body[blockStart].Line.Words) && OpensLikeSentence(i, out var first)
                ? $"a memo field ('{TextShape.FirstWordSpan(body[blockStart].Line.Words)}') without closing punctuation before a line that opens with '{first}' and goes on in lower case, as a sentence does"
                : null;
        }

        /// <summary>
        /// A block of one or two lines ending in a comma, before a line that opens with a capital the document gives that
        /// word only where a sentence or block starts (it writes <c>all</c>, and never <c>All</c> inside a line but after a
        /// sentence's end) and goes on in lower case: an address or salutation, however full its line (<c>Defence
        /// university students who will carry through the revolution following our Party,</c> before <c>All of you, ...</c>).
        /// </summary>
        private string? AfterAddress(int i, int blockStart)
        {
            if (i - blockStart > SalutationLines || !body[i - 1].Line.Text.EndsWith(',')) return null;
            return OpensSentence(i, out var word)
                ? $"a block of {i - blockStart} line(s) ends in a comma (an address), and the next line opens with '{word}', which this text writes in lower case and capitalises only where a sentence starts"
                : null;
        }

        private int? _labelledLines;

        /// <summary>
        /// After the end of a sentence, a line that opens with a run-in label (<c>Dataset: For the purposes ...</c>) starts
        /// an entry, where the document opens several lines so (<see cref="RunInLabel"/>).
        /// </summary>
        private string? BeforeRunInLabel(int i)
        {
            if (!TextShape.EndsSentence(body[i - 1].Line.Text) || RunInLabel.Of(body[i].Line.Words) is not { } label) return null;
            _labelledLines ??= RunInLabel.CountAfterSentences(body.Lines);
            return _labelledLines >= RunInLabel.MinLabelledLines
                ? $"a run-in label ('{label}:') opens the line after the end of a sentence, as it opens {_labelledLines} lines of this text after one (entries of a definition list)"
                : null;
        }

        /// <summary>A list item's clause (ending in ';') followed by a blank line, where blank lines separate blocks.</summary>
        private string? AfterClause(int i) =>
            layout.BlankLinesSeparate && body[i].BlankBefore && !body[i].Line.PageBreakBefore && body[i - 1].Line.Text.EndsWith(';')
            && StartsBlock(body[i].Line.Words)
                ? "a blank line after the end of a clause"
                : null;

        /// <summary>The line before is short: the typesetter broke it on purpose.</summary>
        private string? AfterShortLine(int i, int blockStart)
        {
            var (prev, next) = (body[i - 1].Line, body[i].Line);
            if (!StartsBlock(next.Words) || prev.Text.EndsWith('-')) return null;
            var text = prev.Text.TrimEnd();
            if (!layout.NextWordFits(i))
            {
                // A centred line is short by its text, however far its indent carries it.
                return Centred(i - 1) && char.IsLetterOrDigit(text[^1]) && StandsAlone(i - 1)
                    ? "a centred short line without closing punctuation (a heading or a line set apart)"
                    : null;
            }
            var fits = $"the next word '{TextShape.FirstWordSpan(next.Words)}' would have fitted on the line";
            if (BlockClassifier.IsMemoField(next.Words))
                return $"a memo field ('{TextShape.FirstWordSpan(next.Words)}') opens the line after a short line: {fits}";
            if (TextShape.EndsSentence(text) || text.EndsWith(';'))
                return $"a short line ends a sentence or clause: {fits}";
            if (text.EndsWith(','))
            {
                if (blockStart == i - 1 && layout.TextWidth(i - 1) < ShortLine * layout.TypicalFull)
                    return $"a short line of its own ends in a comma (a salutation): {fits}";
                // Where blank lines separate paragraphs, the blank line after a short block's comma is the layout's own mark.
                if (i - blockStart > SalutationLines) return null;
                if (layout.BlankLinesSeparate && body[i].BlankBefore && !next.PageBreakBefore)
                    return $"a block of {i - blockStart} line(s) ends in a comma on a short line, and a blank line follows (a salutation): {fits}";
                // Measured on the page, the room is certain where an estimate is not: the typesetter broke the line on
                // purpose, also where a page break hides the blank line.
                return layout.FitsAsMeasured(i)
                    ? $"a block of {i - blockStart} line(s) ends in a comma on a short line (a salutation): {fits}, measured on the page"
                    : null;
            }
            // Under a bullet, short lines are the item's own (a name, then a title), up to the next marker.
            if (!StandsAlone(i - 1) || ListMarker.Of(body[blockStart].Line.Words) is { IsBullet: true }) return null;
            return $"a short line without closing punctuation (a heading or a line set apart): {fits}";
        }

        /// <summary>The next line is short, has no closing punctuation and is followed by a line that starts a block: it stands alone.</summary>
        private string? BeforeStandingLine(int i)
        {
            var (prev, next) = (body[i - 1].Line, body[i].Line);
            if (i + 1 >= body.Count || !TextShape.EndsSentence(prev.Text) || !StartsBlock(next.Words)) return null;
            var text = next.Text.TrimEnd();
            if (text.Length == 0 || !char.IsLetterOrDigit(text[^1]) || !StartsBlock(body[i + 1].Line.Words)) return null;
            if (!StandsAlone(i) || !layout.NextWordFits(i + 1)) return null;
            return "a short line without closing punctuation stands between the end of a sentence and a new block (a heading)";
        }

        /// <summary>
        /// A line without closing punctuation that may stand alone: its text (a centred line's indent aside) well short
        /// of the measure (a wrapped line whose next word the width estimate lets fit is not), and not ending in a word
        /// that leads into more text.
        /// </summary>
        private bool StandsAlone(int i) =>
            layout.TextWidth(i) < StandingLine * layout.TypicalFull && !LeadsOn(TextShape.LastWord(body[i].Line.Words));

        /// <summary>Indented far past the body's lines (a layout extractor keeps a centred line's left margin).</summary>
        private bool Centred(int i) => body[i].Line.Indent >= layout.BaseIndent + Layout.CentredIndent;

        // A heading or a line set apart does not end in an article, preposition or conjunction.
        private static bool LeadsOn(ReadOnlySpan<char> word) => FunctionWords.LeadsOn(word);

        private static bool StartsBlock(ReadOnlySpan<char> words) =>
            TextShape.CanStartParagraph(words) || ListMarker.Of(words) is not null;
    }
}
