using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// <c>{{ ... }}</c> writing the same characters as Fluid's own output statement, without the intermediate
/// strings Fluid makes for the two commonest values: a whole number is formatted into the page (Fluid makes
/// a string of it for every output: the line and paragraph numbers of the source and concordance pages),
/// and a string is HTML-encoded straight into the page (Fluid makes an encoded copy of every string that has
/// a character to escape). Any other value writes itself as it always does. <c>{{ x | raw }}</c> writes
/// x's text as it is without the copy of x the raw filter makes.
/// </summary>
public sealed class DirectOutputStatement(Expression expression, bool raw) : Statement
{
    public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var evaluating = expression.EvaluateAsync(context);
        if (!evaluating.IsCompletedSuccessfully) return AwaitedValue(evaluating, writer, encoder, context);
        var value = evaluating.Result;
        if (raw) WriteRaw(writer, value);
        if (raw || TryWrite(writer, encoder, value)) return new ValueTask<Completion>(Completion.Normal);
        var writing = value.WriteToAsync(writer, encoder, context.CultureInfo);
        return writing.IsCompletedSuccessfully ? new ValueTask<Completion>(Completion.Normal) : Awaited(writing);

        async ValueTask<Completion> AwaitedValue(ValueTask<FluidValue> evaluating, TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            var value = await evaluating;
            if (raw) WriteRaw(writer, value);
            else if (!TryWrite(writer, encoder, value)) await value.WriteToAsync(writer, encoder, context.CultureInfo);
            return Completion.Normal;
        }

        static async ValueTask<Completion> Awaited(ValueTask writing)
        {
            await writing;
            return Completion.Normal;
        }
    }

    // HTML made in code (a citation) is written as it is, without the string of it the raw filter would make.
    private static void WriteRaw(TextWriter writer, FluidValue value)
    {
        if (value is HtmlStringValue html) html.WriteRaw(writer);
        else writer.Write(value.ToStringValue());
    }

    private static bool TryWrite(TextWriter writer, TextEncoder encoder, FluidValue value)
    {
        switch (value)
        {
            case StringValue s:
                var text = s.ToStringValue();
                if (!s.Encode) writer.Write(text);
                else if (text.Length > 0) encoder.Encode(writer, text);
                return true;
            // A decimal of scale 0 prints as its digits, as Fluid prints it, in every culture.
            case NumberValue n when n.ToNumberValue() is var d && d.Scale == 0 && d >= 0 && d <= long.MaxValue:
                Span<char> digits = stackalloc char[20];
                ((long)d).TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
                writer.Write(digits[..length]);
                return true;
            default:
                return false;
        }
    }
}
