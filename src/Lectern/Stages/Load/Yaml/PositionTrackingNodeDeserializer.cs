using Lectern.Documents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Lectern.Stages.Load;

/// <summary>Records where each <see cref="IHasSourcePosition"/> object starts, so later checks can name file:line:col.</summary>
internal sealed class PositionTrackingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer)) return false;
        if (value is IHasSourcePosition positioned && start is { } mark)
        {
            positioned.Line = (int)mark.Line;
            positioned.Column = (int)mark.Column;
        }
        return true;
    }
}
