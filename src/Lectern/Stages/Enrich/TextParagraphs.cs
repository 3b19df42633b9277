using AngleSharp.Dom;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Plain paragraphs (<see cref="Render.PlainParagraphs"/>) kept as their texts, with what passes add around each,
/// written as the parsed tree of their HTML would be written with its <see cref="MarkupOverlay"/>: the usual
/// body needs no tree (building its elements and text nodes was most of Enrich's memory).
/// </summary>
public sealed class TextParagraphs(IReadOnlyList<string> texts) : BodyParagraphs
{
    private readonly EdgeMarkup?[] _edges = new EdgeMarkup?[texts.Count];
    private readonly TextWrap[]?[] _wraps = new TextWrap[]?[texts.Count];
    private string?[]? _before;

    public override int Count => texts.Count;

    public override IElement? Element(int index) => null;

    public override string TextOf(int index) => texts[index];

    public override bool IsOneText(int index) => true;

    public override ReadOnlySpan<TextWrap> WrapsOf(int index) => _wraps[index];

    public override void Wrap(int index, TextWrap[] wraps)
    {
        if (wraps.Length > 0) _wraps[index] = MarkupOverlay.Combine(_wraps[index], wraps);
    }

    public override void AddAtEdges(int index, EdgeMarkup markup) =>
        _edges[index] = _edges[index] is { } earlier ? EdgeMarkup.Nested(earlier, markup) : markup;

    public override void AddBefore(int index, string markup)
    {
        _before ??= new string?[texts.Count];
        _before[index] += markup;
    }

    /// <summary>Each paragraph as <c>&lt;p&gt;text&lt;/p&gt;</c> and a line break, the HTML of plain paragraphs, with the markup added.</summary>
    public override void WriteTo(TextWriter writer)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            if (_before?[i] is { } before) writer.Write(before);
            var edges = _edges[i];
            writer.Write("<p");
            edges?.WriteAttributes(writer);
            writer.Write('>');
            edges?.WriteAfterStart(writer);
            MarkupOverlay.WriteWrapped(texts[i], _wraps[i], writer);
            edges?.WriteBeforeEnd(writer);
            writer.Write("</p>\n");
        }
    }
}
