using System.Globalization;
using System.Runtime.InteropServices;

namespace Lectern.Stages.Clean;

public static partial class ParagraphSplitter
{
    private sealed partial class Layout
    {
        // Wrapped lines the document must have for the room they leave to be learned.
        private const int MinWrappedForRoom = 20;

        // The share of the document's wrapped lines that leave less room before their next word than a paragraph's last line must.
        private const double RoomQuantile = 0.95;

        // The room left on a line before the next line's first word, as a share of that word's width (with its space).
        private double _roomyAbove = double.NaN;

        /// <summary>
        /// A line the typesetter wrapped leaves room short of its next word; how much is the document's own habit (a
        /// typesetter that justifies or hyphenates fills its lines closely). A line ending a sentence that leaves more
        /// room before the next line's first word than almost all of the document's wrapped lines leave before theirs
        /// was not wrapped for want of room: its paragraph ended, though the word would not quite have fitted.
        /// </summary>
        public bool RoomyFullLine(int next) => !double.IsNaN(_roomyAbove) && Room(next) > _roomyAbove;

        public string RoomyFullLineEvidence(int next) => string.Create(CultureInfo.InvariantCulture,
            $"the line leaves more room before the next word ({Room(next):P0} of its width) than {RoomQuantile:P0} of this text's wrapped lines leave before theirs (up to {_roomyAbove:P0}): it was not wrapped for want of room");

        private double Room(int next) =>
            (Threshold - Body.Width(Measure, next - 1)) / (Measure.Space + Measure.Text(TextShape.FirstWordSpan(Body.Lines[next].Words)));

        private void LearnRoomOnWrappedLines(Body body, List<int> wrapped, List<double> rooms)
        {
            rooms.Clear();
            foreach (var next in wrapped)
            {
                var (line, width) = (body.Lines[next - 1], body.Width(Measure, next - 1));
                // As for the measure: no hyphenated line, none far short of the measure or several printed lines long.
                if (line.Text.EndsWith('-') || width > TypicalFull * 1.3 || width < TypicalFull * ShortOfMeasure) continue;
                rooms.Add(Room(next));
            }
            if (rooms.Count < MinWrappedForRoom) return;
            rooms.Sort();
            _roomyAbove = Quantile(CollectionsMarshal.AsSpan(rooms), RoomQuantile);
        }
    }
}
