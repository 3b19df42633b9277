using System.Text.RegularExpressions;

namespace Lectern.Stages.Load;

/// <summary>Turns YamlDotNet's wrong-type messages (which name .NET types) into what an editor can act on.</summary>
public static partial class YamlTypeMessages
{
    /// <summary>A plain description of the mismatch, or null when <paramref name="message"/> is not about a wrong type.</summary>
    public static string? Describe(string message)
    {
        if (NoDeserializer().Match(message) is { Success: true } none)
            return $"wrong type: expected {Kind(none.Groups[1].Value)} here, found a list or fields";
        if (InvalidCast().Match(message) is { Success: true } cast)
            return $"wrong type: expected {Kind(cast.Groups[2].Value)} here, found {Kind(cast.Groups[1].Value)}";
        if (UnexpectedEvent().Match(message) is { Success: true } ev)
            return $"wrong type: expected {Event(ev.Groups[1].Value)} here, found {Event(ev.Groups[2].Value)}";
        if (NotBoolean().Match(message) is { Success: true } flag)
            return $"wrong type: {flag.Groups[1].Value} is not true or false; write true or false";
        if (message.Contains("System.Int", StringComparison.Ordinal) || message.Contains("Input string was not in a correct format", StringComparison.Ordinal))
            return "wrong type: expected a whole number here";
        return null;
    }

    private static string Kind(string typeName) => typeName switch
    {
        _ when typeName.StartsWith("System.String", StringComparison.Ordinal) => "a single text value",
        _ when typeName.StartsWith("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when typeName.StartsWith("System.Int", StringComparison.Ordinal) => "a whole number",
        _ when typeName.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "a list (lines starting with '- ')",
        _ => "fields (key: value lines)",
    };

    private static string Event(string name) => name switch
    {
        "SequenceStart" => "a list (lines starting with '- ')",
        "MappingStart" => "fields (key: value lines)",
        _ => "a single value",
    };

    [GeneratedRegex(@"deserialize the node into type ([^,]+)")]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"Invalid cast from '([^']+)' to '([^']+)'")]
    private static partial Regex InvalidCast();

    [GeneratedRegex(@"Expected '(\w+)', got '(\w+)'")]
    private static partial Regex UnexpectedEvent();

    [GeneratedRegex(@"The value (""[^""]*"") is not a valid YAML Boolean")]
    private static partial Regex NotBoolean();
}
