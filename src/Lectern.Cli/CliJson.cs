using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lectern.Cli;

/// <summary>What <c>lectern clean --json</c> prints: <c>paragraphs</c> is the text of every block in reading order, <c>blocks</c> the same with kinds.</summary>
internal sealed record CleanedTextJson(string Title, string? Dateline, IReadOnlyList<string> Paragraphs, string? EndMark, IReadOnlyList<BlockJson> Blocks);

/// <summary>One block of <see cref="CleanedTextJson"/>: kind "heading", "paragraph" or "item", a heading's level or an item's depth (0 for a paragraph).</summary>
internal sealed record BlockJson(string Kind, int Level, string Text);

/// <summary>The live-reload event a page gets when a rebuild fails.</summary>
internal sealed record BuildErrorJson(IReadOnlyList<string> Diagnostics);

/// <summary>The CLI's JSON, serialized by generated code (no reflection, so the native CLI needs no metadata for it).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CleanedTextJson))]
[JsonSerializable(typeof(BuildErrorJson))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Indented, and non-ASCII text (quotes, dashes) left readable.</summary>
    public static CliJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
