using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Lectern.Links;

namespace Lectern.Stages.Layout;

/// <summary>
/// A paragraph link of a concordance row (<c>p.number</c>, <c>p.url</c>), read by templates as the
/// <see cref="LiquidObject"/> with those two members it stands for. A large site's concordance pages link a
/// hundred thousand paragraphs, so a link keeps only its reading's URL (shared by the row) and its number,
/// and its URL is made when it is read (<see cref="ParagraphUrlValue"/>).
/// </summary>
public sealed class ParagraphLinkValue(string readingUrl, int number) : FluidValue
{
    public override FluidValues Type => FluidValues.Object;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => name switch
    {
        "number" => LiquidObject.Number(number),
        "url" => new ParagraphUrlValue(readingUrl, number),
        _ => NilValue.Instance,
    };

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(), context);

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    // A template that prints or serializes the whole link sees what the LiquidObject would give.
    private LiquidObject AsObject() => new(2) { { "number", number }, { "url", ParagraphUrlValue.Text(readingUrl, number) } };

    public override string ToStringValue() => AsObject().ToStringValue();

    public override object ToObjectValue() => AsObject().ToObjectValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        AsObject().WriteToAsync(writer, encoder, cultureInfo);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A paragraph's URL (<see cref="LinkBuilder.Paragraph"/>) that <c>{{ p.url }}</c> writes into the page in
/// pieces, the reading's URL, <c>#p-</c> and the number, rather than as a string made for it. Read in any
/// other way (a filter, a comparison), it is the string value of that URL.
/// </summary>
public sealed class ParagraphUrlValue(string readingUrl, int number) : DeferredStringValue
{
    public static string Text(string readingUrl, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{readingUrl}{LinkBuilder.ParagraphFragmentPrefix}{number}");

    public override string ToStringValue() => Text(readingUrl, number);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        // The encoder escapes character by character, so the pieces escape as the whole URL would.
        encoder.Encode(writer, readingUrl);
        writer.Write(LinkBuilder.ParagraphFragmentPrefix);
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
        return ValueTask.CompletedTask;
    }
}
