using AngleSharp.Dom;
using AngleSharp.Html;

namespace Lectern.Markup;

/// <summary>The start and end tags of an element, as AngleSharp's <see cref="HtmlMarkupFormatter"/> writes them.</summary>
public static class HtmlTag
{
    /// <summary>Writes the start tag of <paramref name="element"/>, with <paramref name="edges"/>' attributes after its own.</summary>
    public static void WriteOpen(TextWriter writer, IElement element, EdgeMarkup? edges = null)
    {
        var tag = HtmlMarkupFormatter.Instance.OpenTag(element, false);
        writer.Write(tag.AsSpan(0, tag.Length - 1));
        edges?.WriteAttributes(writer);
        writer.Write('>');
    }

    public static void WriteClose(TextWriter writer, IElement element) =>
        writer.Write(HtmlMarkupFormatter.Instance.CloseTag(element, false));
}
