using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// A template string whose text is made only when it is needed: it writes itself into the page, and read
/// any other way (a filter, a comparison, <c>.size</c>) it is the <see cref="StringValue"/> of its text.
/// </summary>
public abstract class DeferredStringValue : FluidValue
{
    /// <summary>The text, made for a reader other than the page writer.</summary>
    public abstract override string ToStringValue();

    private StringValue AsString() => new(ToStringValue());

    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        encoder.Encode(writer, ToStringValue());
        return ValueTask.CompletedTask;
    }

    public override bool Equals(FluidValue other) => AsString().Equals(other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => AsString().ToNumberValue();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override bool Contains(FluidValue value) => AsString().Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString().Enumerate(context);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// HTML made in code for a model's string member (a citation, a dateline with its terms marked) and written
/// as it is, straight into the page, where the template outputs it with <c>raw</c>: <c>{{ c.reading | raw }}</c>.
/// Anywhere else it is the string of that HTML, as the member was when it was one (<c>{{ c.reading }}</c> escapes it).
/// </summary>
public sealed class HtmlStringValue(Action<TextWriter> write) : DeferredStringValue
{
    public void WriteRaw(TextWriter writer) => write(writer);

    public override string ToStringValue()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
