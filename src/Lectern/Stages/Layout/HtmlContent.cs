using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// Large HTML made in code for a template, written where the template outputs it, as it is (like
/// Jekyll's <c>{{ content }}</c>; no <c>raw</c> filter needed): a page template rendered into the layout
/// as <c>content</c>, or the source listing. It is never copied into one large string.
/// </summary>
public sealed class HtmlContent(Action<TextWriter> write) : FluidValue
{
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
