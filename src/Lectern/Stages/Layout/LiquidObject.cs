using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// A template model object whose members are Liquid values made once, when the model is made
/// (<c>new LiquidObject { { "title", title }, { "notes", notes } }</c>). Read through reflection, an
/// anonymous object makes a new value on every member access: a string per <c>{{ x.title }}</c>, a
/// wrapper per nested object, a copy of a whole list per <c>.size</c> or <c>for</c>. Models shared by
/// many pages (the site, a glossary entry) are then made once per build and read without allocating.
/// Templates see what they saw in an anonymous object: a null member is nil, a number is a number,
/// a list is an array (<c>.size</c>, <c>first</c>, <c>for</c>), a missing member is nil.
/// </summary>
public sealed class LiquidObject(int capacity = 8) : FluidValue, IEnumerable<KeyValuePair<string, FluidValue>>
{
    // One array of name-value pairs, found by a linear search: objects have a few members, and many
    // objects (a concordance row, a paragraph link) are read once, so they are kept small.
    private KeyValuePair<string, FluidValue>[] _members = new KeyValuePair<string, FluidValue>[capacity];
    private int _count;

    public void Add(string name, FluidValue? value)
    {
        if (_count == _members.Length) Array.Resize(ref _members, Math.Max(4, _count * 2));
        _members[_count++] = new(name, value ?? NilValue.Instance);
    }

    public void Add(string name, string? value) => Add(name, value is null ? null : StringValue.Create(value));

    public void Add(string name, int value) => Add(name, Number(value));

    /// <summary>A list member: an array made once, however often the template reads its size or loops over it.</summary>
    public void Add(string name, IEnumerable<FluidValue> items) => Add(name, ArrayOf(items));

    public static ArrayValue ArrayOf(IEnumerable<FluidValue> items) =>
        items.ToArray() is { Length: > 0 } values ? new ArrayValue(values) : ArrayValue.Empty;

    private static readonly NumberValue[] SmallNumbers = Enumerable.Range(0, 1024).Select(i => NumberValue.Create(i)).ToArray();

    public static NumberValue Number(int value) =>
        (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : NumberValue.Create(value);

    public override FluidValues Type => FluidValues.Object;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        var members = _members;
        for (var i = 0; i < _count; i++)
            if (string.Equals(members[i].Key, name, StringComparison.Ordinal)) return members[i].Value;
        return NilValue.Instance;
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(), context);

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    /// <summary>What an anonymous object printed as (<c>{ title = A, url = /a/ }</c>), for a template that outputs a whole object.</summary>
    public override string ToStringValue()
    {
        var text = new StringBuilder("{ ");
        for (var i = 0; i < _count; i++)
            text.Append(i == 0 ? "" : ", ").Append(_members[i].Key).Append(" = ").Append(_members[i].Value.ToStringValue());
        return text.Append(_count == 0 ? "}" : " }").ToString();
    }

    /// <summary>The members as plain values (for filters such as <c>json</c>).</summary>
    public override object ToObjectValue()
    {
        var members = new Dictionary<string, object?>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
            members[_members[i].Key] = _members[i].Value is NilValue ? null : _members[i].Value.ToObjectValue();
        return members;
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(encoder.Encode(ToStringValue()));
        return ValueTask.CompletedTask;
    }

    public IEnumerator<KeyValuePair<string, FluidValue>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _members[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
