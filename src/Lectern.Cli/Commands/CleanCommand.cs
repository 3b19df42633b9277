using System.CommandLine;
using System.Text.Json;
using Lectern.Diagnostics;
using Lectern.FileSystem;
using Lectern.Stages.Clean;
using Lectern.Stages.Clean.Pdf;
using Lectern.Stages.Load;
using Lectern.Stages.Render;

namespace Lectern.Cli.Commands;

/// <summary><c>lectern clean FILE</c>: prints the cleaned text as Markdown, as JSON with <c>--json</c>, or the cleanup decisions with <c>--report</c>.</summary>
public static class CleanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "A PDF, or a text extracted from one" };
        var json = new Option<bool>("--json") { Description = "Print {title, dateline, paragraphs, endMark, blocks} as JSON" };
        var report = new Option<bool>("--report") { Description = "Print every cleanup decision (source line, what was done, evidence)" };
        var command = new Command("clean", "Clean one PDF or extracted text and print the result") { file, json, report };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), stdout, stderr, parse.GetValue(report)));
        return command;
    }

    public static int Run(string path, bool asJson, TextWriter stdout, TextWriter stderr, bool report = false)
    {
        var diagnostics = new DiagnosticBag();
        var kind = ContentEntry.Check(root: null, path, path, diagnostics);
        if (kind == EntryKind.Missing)
        {
            stderr.WriteLine($"{path}:1:1: error {DiagnosticCodes.MissingFile}: no such file");
            return CommandLine.ContentErrors;
        }
        if (kind == EntryKind.File && SourceKind.IsPdf(path))
            return Print(PdfSourceFile.Read(path, path, diagnostics) is { } pdf ? PdfCleaner.Clean(pdf) : null, path, diagnostics, asJson, stdout, stderr, report);
        var raw = kind == EntryKind.File ? SourceFileReader.Read(path, path, diagnostics) : null;
        // As the build does: a text with nothing in it is an error, not an empty cleaning.
        if (raw is not null && string.IsNullOrWhiteSpace(raw))
        {
            diagnostics.Add(CleanStage.EmptySource(path));
            raw = null;
        }
        if (raw is null)
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
            return CommandLine.ContentErrors;
        }

        return Print(TextCleaner.Clean(raw), path, diagnostics, asJson, stdout, stderr, report);
    }

    private static int Print(CleanResult? result, string path, DiagnosticBag diagnostics, bool asJson, TextWriter stdout, TextWriter stderr, bool report)
    {
        if (result is null)
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
            return CommandLine.ContentErrors;
        }
        var clean = result.Text;
        if (report)
            CleanupReportPrinter.Print(clean.Report, stdout);
        else if (asJson)
            stdout.WriteLine(JsonSerializer.Serialize(ToJson(clean), CliJson.Readable.CleanedTextJson));
        else
            stdout.Write(RenderStage.ToMarkdownDocument(clean));

        if (result.FidelityError is not null)
        {
            stderr.WriteLine($"{path}:{result.FidelityLine}:1: error {DiagnosticCodes.FidelityMismatch}: {result.FidelityError}");
            return CommandLine.ContentErrors;
        }
        return CommandLine.Success;
    }

    private static CleanedTextJson ToJson(Documents.CleanText clean) =>
        new(clean.Title, clean.Dateline, clean.Paragraphs, clean.EndMark,
            clean.Blocks.Select(b => new BlockJson(b.Kind.ToString().ToLowerInvariant(), b.Level, b.Text)).ToList());
}
