namespace Lectern.Markup;

/// <summary>
/// Markup written just inside an element's tags by a <see cref="MarkupOverlay"/>, or around a range of text
/// (<see cref="TextWrap"/>). A subclass may write its parts straight into the page instead of first making them
/// into strings (the paragraph apparatus of every paragraph of every page, every note's quote).
/// </summary>
public abstract class EdgeMarkup
{
    public abstract void WriteAfterStart(TextWriter writer);
    public abstract void WriteBeforeEnd(TextWriter writer);

    /// <summary>Attributes added to the element's start tag, after its own, each written as <c> name="value"</c>.</summary>
    public virtual void WriteAttributes(TextWriter writer) { }

    /// <summary>Fixed markup: <paramref name="afterStart"/> after the start tag, <paramref name="beforeEnd"/> before the end tag.</summary>
    public static EdgeMarkup Of(string afterStart, string beforeEnd) => new Fixed(afterStart, beforeEnd);

    /// <summary><paramref name="inner"/> nested inside <paramref name="outer"/>: outer's start, inner's start, ..., inner's end, outer's end.</summary>
    public static EdgeMarkup Nested(EdgeMarkup outer, EdgeMarkup inner) => new Pair(outer, inner);

    private sealed class Fixed(string afterStart, string beforeEnd) : EdgeMarkup
    {
        public override void WriteAfterStart(TextWriter writer) => writer.Write(afterStart);
        public override void WriteBeforeEnd(TextWriter writer) => writer.Write(beforeEnd);
    }

    private sealed class Pair(EdgeMarkup outer, EdgeMarkup inner) : EdgeMarkup
    {
        public override void WriteAttributes(TextWriter writer)
        {
            outer.WriteAttributes(writer);
            inner.WriteAttributes(writer);
        }

        public override void WriteAfterStart(TextWriter writer)
        {
            outer.WriteAfterStart(writer);
            inner.WriteAfterStart(writer);
        }

        public override void WriteBeforeEnd(TextWriter writer)
        {
            inner.WriteBeforeEnd(writer);
            outer.WriteBeforeEnd(writer);
        }
    }
}
