using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// A page template given to <c>layout.liquid</c> as <c>content</c>, rendered when the layout writes it:
/// straight into the layout's output, as HTML (like Jekyll's <c>{{ content }}</c>; no <c>raw</c> filter needed).
/// </summary>
public sealed class TemplateContent(Action<TextWriter> render) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        render(writer);
        return writer.ToString();
    }

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        render(writer);
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
