using AngleSharp.Dom;
using Lectern.Documents;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The body paragraphs as the passes see them, by index (0 is <c>p-1</c>), and the body they make when written:
/// a parsed tree (<see cref="TreeParagraphs"/>) or, when every paragraph is plain, only their texts
/// (<see cref="TextParagraphs"/>). What passes add goes into markup around a paragraph or its text, never into the text.
/// </summary>
public abstract class BodyParagraphs : HtmlBody
{
    public abstract int Count { get; }

    /// <summary>The paragraph's element in the parsed tree; null when the paragraphs have no tree.</summary>
    public abstract IElement? Element(int index);

    /// <summary>The paragraph's source words (apparatus left out), as offsets into it count.</summary>
    public abstract string TextOf(int index);

    /// <summary>Whether the paragraph's text is one run of text, which <see cref="Wrap"/> can wrap; else only its <see cref="Element"/> can.</summary>
    public abstract bool IsOneText(int index);

    /// <summary>The wraps of a paragraph that <see cref="IsOneText"/>, in the order they are written.</summary>
    public abstract ReadOnlySpan<TextWrap> WrapsOf(int index);

    /// <summary>Wraps ranges of the text of a paragraph that <see cref="IsOneText"/>, as <see cref="MarkupOverlay.Wrap(IText, TextWrap[])"/> does.</summary>
    public abstract void Wrap(int index, TextWrap[] wraps);

    /// <summary>Writes <paramref name="markup"/> just inside the paragraph's tags, inside what earlier calls added there.</summary>
    public abstract void AddAtEdges(int index, EdgeMarkup markup);

    /// <summary>Writes <paramref name="markup"/> right before the paragraph's start tag.</summary>
    public abstract void AddBefore(int index, string markup);
}
