using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// A rendered page handed to <c>layout.liquid</c> as <c>content</c>: HTML written as it is (like Jekyll's
/// <c>{{ content }}</c>), straight from the builder it was rendered into, so a large page is never copied
/// into an intermediate string.
/// </summary>
public sealed class HtmlContent(StringBuilder html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => html.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        foreach (var chunk in html.GetChunks()) writer.Write(chunk.Span);
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
