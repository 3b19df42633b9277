using Lectern.Authoring;
using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Cli;

/// <summary><c>lectern add</c>: a PDF or a text becomes a reading that builds; a source it cannot read leaves the content as it was.</summary>
public class AddCommandTests
{
    private static string PdfFolder => Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Pdf");

    [Fact]
    public void A_pdf_becomes_a_reading_that_builds_with_its_title_source_and_anchors()
    {
        using var site = new TempSite();
        var pdf = Path.Combine(PdfFolder, "kcna-statement-138779.pdf");

        var (exit, output, errors) = CliRunner.Run("add", pdf, "--content", site.Content);

        Assert.True(exit == 0, errors);
        var folder = site.ReadingDir("external-policy-office-of-dprk-foreign-ministry-issues-press");
        Assert.Equal(File.ReadAllBytes(pdf), File.ReadAllBytes(Path.Combine(folder, "source.pdf")));
        Assert.False(File.Exists(Path.Combine(folder, "source.txt")));
        Assert.Contains("title: \"External Policy Office of DPRK Foreign Ministry Issues Press Statement\"", File.ReadAllText(Path.Combine(folder, "reading.yml")));
        Assert.True(File.Exists(Path.Combine(folder, "anchors.lock")));
        Assert.Contains("  title: External Policy Office of DPRK Foreign Ministry Issues Press Statement", output);
        Assert.Matches(@"  blocks: \d+ paragraphs, \d+ headings", output);
        Assert.Contains("  cleanup decisions: ", output);
        Assert.Contains("The site builds with it: 2 reading(s), 0 errors.", output);
        Assert.Equal("", errors);

        var build = BuildPipeline.Run(site.Options());
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError || d.Code == DiagnosticCodes.AnchorLockMissing);
        Assert.Contains("p. 1, bold 17 pt", File.ReadAllText(Path.Combine(site.Output, "external-policy-office-of-dprk-foreign-ministry-issues-press", "source", "index.html")));
    }

    [Fact]
    public void A_text_file_becomes_a_reading_under_the_slug_given()
    {
        using var site = new TempSite();

        var (exit, _, errors) = CliRunner.Run("add", RepoPaths.SeedSource, "--slug", "politburo-again", "--content", site.Content);

        Assert.True(exit == 0, errors);
        Assert.Equal(File.ReadAllText(RepoPaths.SeedSource), File.ReadAllText(Path.Combine(site.ReadingDir("politburo-again"), "source.txt")));
        Assert.True(File.Exists(Path.Combine(site.ReadingDir("politburo-again"), "anchors.lock")));
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
    }

    [Theory]
    [InlineData("Bad/encrypted.pdf", DiagnosticCodes.PdfEncrypted)]
    [InlineData("Bad/image-only.pdf", DiagnosticCodes.PdfNoText)]
    [InlineData("Bad/no-unicode-map.pdf", DiagnosticCodes.PdfTextUnreadable)]
    [InlineData("Bad/not-a-pdf.pdf", DiagnosticCodes.PdfNotPdf)]
    [InlineData("settings-of-none.docx", DiagnosticCodes.MissingFile)]
    public void A_source_that_cannot_be_read_leaves_the_content_as_it_was(string file, string code)
    {
        using var site = new TempSite();
        var before = TempSite.Snapshot(site.Content);

        var (exit, output, errors) = CliRunner.Run("add", Path.Combine(PdfFolder, file), "--content", site.Content);

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains($"error {code}: ", errors);
        Assert.Equal("", output);
        Assert.Equal(before, TempSite.Snapshot(site.Content));
        Assert.Single(Directory.GetDirectories(Path.Combine(site.Content, "readings")));
    }

    [Fact]
    public void A_file_neither_pdf_nor_text_is_refused()
    {
        using var site = new TempSite();
        var docx = Path.Combine(site.Root, "report.docx");
        File.WriteAllText(docx, "PK");

        var (exit, _, errors) = CliRunner.Run("add", docx, "--content", site.Content);

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains($"error {DiagnosticCodes.AddSourceUnsupported}: lectern add takes a PDF (.pdf) or a text extracted from one (.txt)", errors);
    }

    [Fact]
    public void A_reading_of_the_same_name_is_not_overwritten()
    {
        using var site = new TempSite();
        var before = TempSite.Snapshot(site.Content);

        var (exit, _, errors) = CliRunner.Run("add", RepoPaths.SeedSource, "--slug", RepoPaths.SeedSlug, "--content", site.Content);

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Contains($"error {DiagnosticCodes.AddReadingExists}: a reading of this name exists already", errors);
        Assert.Equal(before, TempSite.Snapshot(site.Content));
    }

    [Fact]
    public void A_slug_that_is_no_reading_name_is_a_usage_error()
    {
        using var site = new TempSite();

        var (exit, _, errors) = CliRunner.Run("add", RepoPaths.SeedSource, "--slug", "Not A Slug", "--content", site.Content);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--slug 'Not A Slug' is not a reading name", errors);
    }

    [Fact]
    public void A_reading_folder_with_both_sources_is_an_error()
    {
        using var site = new TempSite();
        File.Copy(Path.Combine(PdfFolder, "federalist-39-402006.pdf"), Path.Combine(site.ReadingDir(), "source.pdf"));

        var build = BuildPipeline.Run(site.Options());

        Assert.False(build.Succeeded);
        Assert.Contains(build.Diagnostics, d => d.Code == DiagnosticCodes.SourceAmbiguous && d.Message.Contains("has both source.txt and source.pdf", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("External Policy Office of DPRK Foreign Ministry Issues Press Statement", "external-policy-office-of-dprk-foreign-ministry-issues-press")]
    [InlineData("Charter of the United Nations (1945)", "charter-of-the-united-nations-1945")]
    [InlineData("A title of more than sixty characters is cut at the last word that fits in sixty", "a-title-of-more-than-sixty-characters-is-cut-at-the-last")]
    [InlineData("朝鮮", "")]
    public void A_slug_is_made_from_the_title(string title, string slug) => Assert.Equal(slug, NewReading.SlugOf(title));

    [Theory]
    [InlineData("Pyongyang, June 30, 2024 (KCNA)", "2024-06-30")]
    [InlineData("held on 29 June 2021, on officials", "2021-06-29")]
    [InlineData("Memorandum 2013-05-09", "2013-05-09")]
    [InlineData("Pyongyang, June 30 (KCNA)", null)]
    [InlineData("February 30, 2024", null)]
    public void The_date_is_the_first_full_date_the_text_names(string text, string? date) =>
        Assert.Equal(date, SourceDate.Find([text])?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
