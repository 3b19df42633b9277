using System.Buffers;
using System.Text;

namespace Lectern.Markup;

/// <summary>Attribute values for markup written as text, escaped exactly as AngleSharp serializes them.</summary>
public static class HtmlAttribute
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&\"\u00a0<>");

    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(Escaped) < 0) return value;
        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\u00a0': sb.Append("&nbsp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
