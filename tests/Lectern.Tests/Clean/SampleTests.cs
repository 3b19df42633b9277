using System.Diagnostics;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Real extractions of the report (groff-typeset, then nroff, pdftotext, pdftotext -layout, and
/// browser-style running headers and footers) clean to the true title, dateline, paragraphs and end
/// mark: the samples committed in Clean/Samples, and a spread generated at run time with groff and poppler.
/// </summary>
public class SampleTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal)) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_sample_cleans_to_the_true_report(string path) => AssertCleansToExpected(File.ReadAllText(path));

    public static TheoryData<string> UnrestorableFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "Unrestorable"), "*.txt").Order(StringComparer.Ordinal)) data.Add(f);
        return data;
    }

    /// <summary>
    /// Extractions the cleaner cannot restore (pdftotext -layout sets two columns side by side) still keep the
    /// source's words as the report says: the fidelity check, which replays every decision, passes.
    /// </summary>
    [Theory]
    [MemberData(nameof(UnrestorableFiles))]
    public void An_unrestorable_sample_still_passes_the_fidelity_check(string path) =>
        Assert.Null(TextCleaner.Clean(File.ReadAllText(path)).FidelityError);

    /// <summary>
    /// Settings in none of the committed samples, a spread of widths, papers and point sizes: make-samples.sh
    /// (nroff, pdftotext, pdftotext -layout) at three, and make-variants.sh (justified or ragged right, one or
    /// two columns, mutool when installed) at one. Fixed, not random: a run that picked settings at random
    /// failed one time in three on the known limits below, and CI must give the same answer every time.
    /// </summary>
    [SkippableFact]
    public void Generated_samples_at_other_settings_clean_to_the_true_report()
    {
        Requirement.Tools("groff poppler-utils python3", "groff", "pdftotext", "python3");
        Requirement.Met(GroffMakesPdf(), "groff has no PDF device (groff-base only): apt-get install -y groff");
        var script = Path.Combine(RepoPaths.CleanTools, "make-samples.sh");
        var dir = Directory.CreateTempSubdirectory("lectern-samples-");
        try
        {
            for (var k = 0; k < Settings.Length; k++)
            {
                var (width, paper, points) = Settings[k];
                Run("bash", k < Settings.Length - 1 ? script : Variants, dir.FullName, width, paper, points);
            }
            // Left out, as known limits: block paragraphs (-LP-: no indent, no blank line) and ragged-right text
            // (-l-), where a paragraph's full last line ending a sentence is ambiguous in an extraction that drops
            // indents, so the cleaner follows the document's statistics, which are wrong for a few samples in a
            // hundred; and two-column pages except from mutool (pdftotext can take a column's lines out of order,
            // and pdftotext -layout sets the columns side by side).
            var files = dir.GetFiles("*.txt")
                .Where(f => !f.Name.Contains("-LP-") && !f.Name.Contains("-l-") && (!f.Name.Contains("-2col-") || f.Name.StartsWith("mutool-2col-")))
                .ToList();
            Assert.True(files.Count(f => !f.Name.Contains("col-")) >= 9, "make-samples.sh made too few samples");
            Assert.True(files.Count(f => f.Name.Contains("-1col-")) >= 2, "make-variants.sh made too few samples");
            foreach (var file in files)
                AssertCleansToExpected(File.ReadAllText(file.FullName), file.Name);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Variants => Path.Combine(RepoPaths.CleanTools, "make-variants.sh");

    private static readonly (string Width, string Paper, string Points)[] Settings =
    [
        ("3.8", "a5", "12"),
        ("5.3", "a4", "10"),
        ("6.2", "letter", "11"),
        ("4.6", "letter", "10"), // make-variants.sh
    ];

    private static void AssertCleansToExpected(string raw, string? name = null)
    {
        var expected = RepoPaths.Expected;
        var result = TextCleaner.Clean(raw);
        Assert.True(result.FidelityError is null, $"{name}: {result.FidelityError}");
        Assert.True(expected.Title == result.Text.Title, $"{name}: title '{result.Text.Title}'");
        Assert.True(expected.Dateline == result.Text.Dateline, $"{name}: dateline '{result.Text.Dateline}'");
        Assert.True(expected.EndMark == result.Text.EndMark, $"{name}: end mark '{result.Text.EndMark}'");
        var differs = expected.Paragraphs.Zip(result.Text.Paragraphs).TakeWhile(p => p.First == p.Second).Count();
        Assert.True(expected.Paragraphs.SequenceEqual(result.Text.Paragraphs),
            $"{name}: {result.Text.Paragraphs.Count} paragraphs, the first that differs is {differs + 1}: " +
            $"'{result.Text.Paragraphs.ElementAtOrDefault(differs)}'");
    }

    private static bool GroffMakesPdf()
    {
        var start = new ProcessStartInfo("groff", "-Tpdf") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["LECTERN_EXPECTED"] = Path.Combine(RepoPaths.Samples, "expected.json");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(args[0])} failed with exit code {process.ExitCode}: {stderr.Result}");
    }
}
