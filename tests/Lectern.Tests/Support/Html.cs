using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lectern.Tests.Support;

public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>The apparatus rule: the element's text once every <c>[data-ui]</c> descendant is removed.</summary>
    public static string TextWithoutApparatus(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var ui in copy.QuerySelectorAll("[data-ui]").ToList()) ui.Remove();
        return System.Text.RegularExpressions.Regex.Replace(copy.TextContent, @"\s+", " ").Trim();
    }
}
