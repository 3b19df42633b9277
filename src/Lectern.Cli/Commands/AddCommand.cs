using System.CommandLine;
using Lectern.Authoring;
using Lectern.Diagnostics;
using Lectern.FileSystem;
using Lectern.Pipeline;
using Lectern.Stages.Clean;
using Lectern.Stages.Clean.Pdf;
using Lectern.Stages.Load;

namespace Lectern.Cli.Commands;

/// <summary>
/// <c>lectern add FILE [--slug SLUG] [--content DIR]</c>: makes a reading from a PDF or a text file. It cleans the
/// source, creates <c>readings/SLUG/</c> with the source and a reading.yml holding the title and date found, builds
/// the site once (into a scratch folder, so the published output is not touched), prints what it found and
/// records the new paragraph ids (<c>anchors --accept</c>). A source that cannot be cleaned creates nothing.
/// </summary>
public static class AddCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The source: a PDF, or a text extracted from one (.txt)" };
        var slug = new Option<string?>("--slug") { Description = "The reading's folder and URL name (default: made from the title found)" };
        var content = new Option<string>("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        OptionChecks.Folder(content);
        slug.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !LoadStage.ValidSlug().IsMatch(value))
                result.AddError($"--slug '{value}' is not a reading name; use lower-case letters, digits and hyphens, e.g. statement-2024-06-30");
        });
        var command = new Command("add", "Make a reading from a PDF or a text file") { file, slug, content };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(slug), parse.GetValue(content)!, stdout, stderr));
        return command;
    }

    public static int Run(string file, string? slug, string contentDir, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var result = Clean(file, diagnostics, out var leftOut);
        if (result is null) return Fail(diagnostics, stderr);

        var clean = result.Text;
        slug ??= NewReading.SlugOf(clean.Title);
        if (slug.Length == 0)
            return Fail(diagnostics, stderr, Diagnostic.Error(DiagnosticCodes.AddNoTitle, file, 1, 1,
                "no title was found in the source to name the reading after; give one with --slug NAME"));
        var readings = Path.Combine(contentDir, ContentPaths.ReadingsFolder);
        if (!Directory.Exists(readings))
            return Fail(diagnostics, stderr, Diagnostic.Error(DiagnosticCodes.ReadingsFolderMissing, contentDir, 1, 1,
                $"{contentDir} has no {ContentPaths.ReadingsFolder} folder, so it is not a content folder; give the content folder with --content"));
        var folder = Path.Combine(readings, slug);
        if (Path.Exists(folder))
            return Fail(diagnostics, stderr, Diagnostic.Error(DiagnosticCodes.AddReadingExists, ContentPaths.Display(folder), 1, 1,
                "a reading of this name exists already; give another name with --slug, or remove that folder first"));

        var date = SourceDate.Find([clean.Title, clean.Dateline ?? "", .. clean.Paragraphs.Take(3)]);
        NewReading.Write(folder, file, SourceKind.IsPdf(file), NewReading.Metadata(clean.Title, date));
        stdout.WriteLine($"Added {ContentPaths.Display(folder)} from {file}.");
        stdout.WriteLine($"  title: {clean.Title}");
        stdout.WriteLine($"  date: {(date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none found (add it to reading.yml)")}");
        stdout.WriteLine($"  blocks: {NewReading.BlockCounts(clean)}");
        if (leftOut is not null) stdout.WriteLine($"  left out of the PDF's text: {leftOut}");
        stdout.WriteLine($"  cleanup decisions: {clean.Report.Decisions.Count} ({string.Join(", ", clean.Report.Decisions.GroupBy(x => x.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})");

        if (!BuildsOnce(contentDir, stdout, stderr))
        {
            stderr.WriteLine($"The reading was added, but the site does not build; fix the errors above, then run 'lectern anchors --accept --content {contentDir}'.");
            return CommandLine.ContentErrors;
        }
        return AnchorsCommand.Run(contentDir, accept: true, stdout, stderr);
    }

    /// <summary>The source cleaned as the build will clean it, or null after adding the errors that say why it cannot be.</summary>
    /// <param name="leftOut">For a PDF, the letters its text leaves out (set at an angle, or too small to see), if any.</param>
    private static CleanResult? Clean(string file, DiagnosticBag diagnostics, out string? leftOut)
    {
        leftOut = null;
        var kind = ContentEntry.Check(root: null, file, file, diagnostics);
        if (kind == EntryKind.Missing) diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFile, file, 1, 1, "no such file"));
        if (kind != EntryKind.File) return null;
        if (SourceKind.IsPdf(file))
        {
            if (PdfSourceFile.Read(file, file, diagnostics) is not { } pdf) return null;
            leftOut = pdf.Pdf.LeftOut();
            return PdfCleaner.Clean(pdf);
        }
        if (!file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AddSourceUnsupported, file, 1, 1,
                "lectern add takes a PDF (.pdf) or a text extracted from one (.txt); save the source as one of them"));
            return null;
        }
        var raw = SourceFileReader.Read(file, file, diagnostics);
        if (raw is not null && string.IsNullOrWhiteSpace(raw)) diagnostics.Add(CleanStage.EmptySource(file));
        if (raw is null || string.IsNullOrWhiteSpace(raw)) return null;
        var result = TextCleaner.Clean(raw);
        if (result.FidelityError is { } mismatch)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FidelityMismatch, file, result.FidelityLine, 1, mismatch));
            return null;
        }
        return result;
    }

    /// <summary>Builds the site into a scratch folder of this command's own, removed after: the check that the new reading builds.</summary>
    private static bool BuildsOnce(string contentDir, TextWriter stdout, TextWriter stderr)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"lectern-add-{Guid.NewGuid():N}");
        try
        {
            var build = BuildPipeline.Run(new BuildOptions { ContentDir = contentDir, OutputDir = scratch });
            // The new reading has no anchors.lock yet: that warning is answered by the anchors --accept that follows.
            var said = build.Diagnostics.Where(d => d.Code != DiagnosticCodes.AnchorLockMissing).ToList();
            foreach (var line in DiagnosticLines.Capped(said)) stderr.WriteLine(line);
            if (build.Succeeded) stdout.WriteLine($"The site builds with it: {build.Site?.Readings.Count ?? 0} reading(s), 0 errors.");
            return build.Succeeded;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static int Fail(DiagnosticBag diagnostics, TextWriter stderr, Diagnostic? error = null)
    {
        if (error is not null) diagnostics.Add(error);
        foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
        return CommandLine.ContentErrors;
    }
}
