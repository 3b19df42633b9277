using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// HTML made in code for a template (a reading's body, a definition, a note, a citation, the page rendered
/// into the layout as <c>content</c>): <c>{{ x }}</c> writes it as it is, like Jekyll's <c>{{ content }}</c>,
/// with no <c>raw</c> filter. Large HTML is written straight into the page, never copied into one string;
/// read any other way (a filter, a comparison) it is the string of that HTML.
/// </summary>
public sealed class HtmlContent(Action<TextWriter> write) : FluidValue
{
    /// <summary>HTML that is already a string.</summary>
    public static HtmlContent Of(string html) => new(writer => writer.Write(html));

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        write(writer);
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
