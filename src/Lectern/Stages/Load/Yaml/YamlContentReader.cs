using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Lectern.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Lectern.Stages.Load;

/// <summary>Reads the editors' YAML files strictly: unknown fields, duplicate keys and wrong types are errors with positions.</summary>
public static partial class YamlContentReader
{
    /// <summary>
    /// Built on first use: a build whose files are all well-formed never needs it (see <see cref="YamlSubsetReader"/>).
    /// It reads the content records by reflection; the ahead-of-time compiled CLI keeps their metadata
    /// (<c>TrimmerRootAssembly</c> in Lectern.Cli.csproj), and NativeCliTests hold its errors equal to these.
    /// </summary>
    private static readonly Lazy<IDeserializer> Deserializer = new(BuildDeserializer);

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Content records are rooted in the native CLI; NativeCliTests check its YAML errors.")]
    private static IDeserializer BuildDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithNodeDeserializer(inner => new PositionTrackingNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    /// <summary>Deserializes <paramref name="text"/>; on failure adds a positioned error and returns null.</summary>
    public static T? Read<T>(string text, string path, DiagnosticBag diagnostics) where T : class =>
        TryReadFast<T>(text.AsMemory(), out var value) ? value : ReadWithDeserializer<T>(text, path, diagnostics);

    /// <summary>
    /// Reads the file at <paramref name="path"/> (<see cref="ContentFile.ReadText"/>) as <see cref="Read{T}"/> reads text,
    /// naming it <paramref name="display"/>. A file that is not UTF-8 is an error naming its first invalid byte.
    /// </summary>
    public static T? ReadFile<T>(string path, string display, DiagnosticBag diagnostics) where T : class =>
        ContentFile.ReadText(path, display, diagnostics) is { } text ? Read<T>(text, display, diagnostics) : null;

    /// <summary>The fast reading of a well-formed file (<see cref="YamlSubsetReader"/>); false when the Deserializer must read it.</summary>
    internal static bool TryReadFast<T>(ReadOnlyMemory<char> text, out T? value) where T : class
    {
        value = null;
        if (ContentSchemas.RootReader<T>() is not { } readRoot) return false;
        try
        {
            value = new YamlSubsetReader(text).ReadDocument(readRoot);
            return true;
        }
        catch (YamlSubsetReader.OffFastPath)
        {
            value = null;
            return false;
        }
    }

    internal static T? ReadWithDeserializer<T>(string text, string path, DiagnosticBag diagnostics) where T : class
    {
        // The fast reading declines every alias, so only this path can meet one.
        if (!YamlAliasCheck.Passes(text, path, diagnostics)) return null;
        try
        {
            return Deserializer.Value.Deserialize<T?>(text);
        }
        catch (YamlException ex)
        {
            var (line, column) = ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentTab(text) is { } tab
                ? tab
                : ((int)ex.Start.Line, (int)ex.Start.Column);
            var code = ex is SyntaxErrorException ? DiagnosticCodes.YamlSyntax : DiagnosticCodes.YamlSchema;
            diagnostics.Add(Diagnostic.Error(code, path, Math.Max(line, 1), Math.Max(column, 1), Describe(ex)));
            return null;
        }
    }

    private static string Describe(YamlException ex)
    {
        var innermost = ex;
        while (innermost.InnerException is YamlException inner) innermost = inner;
        var message = innermost.InnerException?.Message ?? innermost.Message;

        var unknown = UnknownProperty().Match(message);
        if (unknown.Success)
            return $"unknown field '{unknown.Groups[1].Value}' in {Friendly(unknown.Groups[2].Value)}; {KnownFields(unknown.Groups[2].Value)}check its spelling against docs/editors-guide.md";
        if (YamlTypeMessages.Describe(message) is { } wrongType)
            return wrongType;
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return $"duplicate key: {message}; each key may appear once";
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            return $"{message}; indent YAML with spaces, not tabs";
        return message.TrimEnd('.');
    }

    /// <summary>YamlDotNet reports a tab at the mapping it breaks; the editor needs the tab itself.</summary>
    private static (int Line, int Column)? FirstIndentTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }

    private static string Friendly(string typeName) => typeName[(typeName.LastIndexOf('.') + 1)..];

    /// <summary>"the fields are: a, b, c; " for a content type, so a misspelt key shows its right spelling.</summary>
    private static string KnownFields(string typeName) =>
        ContentSchemas.KeysOf(typeName) is { } keys ? $"the fields are: {string.Join(", ", keys)}; " : "";

    [GeneratedRegex(@"Property '([^']+)' not found on type '([^']+)'")]
    private static partial Regex UnknownProperty();
}
