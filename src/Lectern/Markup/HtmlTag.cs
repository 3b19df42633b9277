using AngleSharp.Dom;
using AngleSharp.Html;

namespace Lectern.Markup;

/// <summary>
/// The start and end tags of an element, written as AngleSharp's <see cref="HtmlMarkupFormatter"/> writes them
/// but straight into the writer: the formatter makes a string of every tag, through a locked pool of builders.
/// </summary>
public static class HtmlTag
{
    /// <summary>Writes the start tag of <paramref name="element"/>, with <paramref name="edges"/>' attributes after its own.</summary>
    public static void WriteOpen(TextWriter writer, IElement element, EdgeMarkup? edges = null)
    {
        if (!IsPlainHtml(element))
        {
            var tag = HtmlMarkupFormatter.Instance.OpenTag(element, false);
            writer.Write(tag.AsSpan(0, tag.Length - 1));
            edges?.WriteAttributes(writer);
            writer.Write('>');
            return;
        }
        writer.Write('<');
        writer.Write(element.LocalName);
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            writer.Write(' ');
            writer.Write(attribute.LocalName);
            writer.Write("=\"");
            writer.Write(HtmlAttribute.Escape(attribute.Value));
            writer.Write('"');
        }
        edges?.WriteAttributes(writer);
        writer.Write('>');
    }

    public static void WriteClose(TextWriter writer, IElement element)
    {
        if (!IsPlainHtml(element))
        {
            writer.Write(HtmlMarkupFormatter.Instance.CloseTag(element, false));
            return;
        }
        writer.Write("</");
        writer.Write(element.LocalName);
        writer.Write('>');
    }

    // No prefixes and no namespaced attributes (xml:, xlink:, xmlns): the formatter would write those its own way.
    private static bool IsPlainHtml(IElement element)
    {
        if (!string.IsNullOrEmpty(element.Prefix)) return false;
        // Indexed, not foreach: the map's enumerator is an object per element.
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
            if (attributes[i]!.NamespaceUri is not null) return false;
        return true;
    }
}
