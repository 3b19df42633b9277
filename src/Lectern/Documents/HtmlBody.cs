using System.Globalization;

namespace Lectern.Documents;

/// <summary>
/// A page body that writes its HTML where the page needs it, so a large body is not first made into one
/// string and then copied into the page. <see cref="ToString"/> makes the string for whoever wants one.
/// </summary>
public abstract class HtmlBody
{
    public abstract void WriteTo(TextWriter writer);

    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }
}
