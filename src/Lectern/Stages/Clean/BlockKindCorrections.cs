using System.Globalization;
using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Reads the editor's block kinds from reading.yml (<c>blocks: {heading: [12], item: [51], paragraph: [77]}</c>) into
/// <see cref="BlockEdits"/>, and reports a value that is no line number (LEC032), a line given two kinds (LEC033) and a
/// line on which no block starts (LEC034), each at the <c>blocks</c> entry of reading.yml.
/// </summary>
public static class BlockKindCorrections
{
    public static BlockEdits? Read(Reading reading, DiagnosticBag diagnostics)
    {
        if (reading.Metadata.Blocks is not { } spec) return null;
        var kinds = new Dictionary<int, BlockKind>();
        foreach (var (values, kind) in new[] { (spec.Heading, BlockKind.Heading), (spec.Item, BlockKind.Item), (spec.Paragraph, BlockKind.Paragraph) })
            foreach (var value in values)
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
                    Error(reading, diagnostics, DiagnosticCodes.BlockEditInvalid,
                        $"blocks: '{value}' is not a source line number; give the line a block starts on, as the \"Source and cleanup notes\" page shows it");
                else if (!kinds.TryAdd(line, kind) && kinds[line] != kind)
                    Error(reading, diagnostics, DiagnosticCodes.BlockEditConflict,
                        $"blocks: line {line} is both a {Name(kinds[line])} and a {Name(kind)}; keep it under one of them");
            }
        return new BlockEdits(kinds);
    }

    public static void ReportUnused(Reading reading, BlockEdits? edits, DiagnosticBag diagnostics)
    {
        foreach (var line in edits?.Unused ?? [])
            Error(reading, diagnostics, DiagnosticCodes.BlockEditUnused,
                $"blocks: no block starts on line {line}, so its kind cannot be corrected; give the line a heading, item or paragraph starts on " +
                "(the \"Source and cleanup notes\" page shows them), or start a block there with paragraphBreaks: add");
    }

    private static string Name(BlockKind kind) => kind.ToString().ToLowerInvariant();

    private static void Error(Reading reading, DiagnosticBag diagnostics, string code, string message)
    {
        var spec = reading.Metadata.Blocks;
        diagnostics.Add(Diagnostic.Error(code, reading.MetadataPath, Math.Max(spec?.Line ?? 1, 1), Math.Max(spec?.Column ?? 1, 1), message));
    }
}
