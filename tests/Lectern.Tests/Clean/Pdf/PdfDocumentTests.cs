using System.Diagnostics;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Stages.Clean.Pdf;
using Lectern.Testing;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>
/// Reads PDFs of the development documents (Clean/Documents) and compares the blocks with the documents' truth, as
/// the project's scorer does. The committed PDFs (made by typeset-document.py with groff and Chromium; the
/// <c>.settings.json</c> beside each says how) run everywhere; the others are typeset here, at seeds in none of them.
/// </summary>
public class PdfDocumentTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Pdf");

    [Theory]
    [InlineData("federalist-39-402006", 21)]
    [InlineData("kcna-speech-498481", 100)]
    [InlineData("kcna-statement-138779", 33)]
    public void A_committed_pdf_gives_the_documents_title_and_words_and_its_blocks(string name, int exactAtLeast)
    {
        var (truth, result) = Clean(Path.Combine(Folder, name + ".pdf"), DocumentOf(name));

        Assert.Null(result.FidelityError);
        Assert.Equal(DocumentTruth.Normalize(truth.Title), DocumentTruth.Normalize(result.Text.Title));
        var exact = DocumentTruth.Aligned(truth.Blocks, result.Text.Blocks);
        // What the reader achieves on this PDF now: a floor that may only rise.
        Assert.True(exact.Count >= exactAtLeast, $"{exact.Count} of {truth.Blocks.Count} blocks exact");
        Assert.All(exact, pair => Assert.Equal(pair.Truth.Kind, pair.Clean.Kind));
    }

    [Theory]
    [InlineData("federalist-39-402006")]
    [InlineData("kcna-speech-498481")]
    [InlineData("kcna-statement-138779")]
    public void A_committed_pdf_keeps_every_word_of_the_document(string name)
    {
        var (truth, result) = Clean(Path.Combine(Folder, name + ".pdf"), DocumentOf(name));
        var clean = result.Text;

        Assert.Equal(DocumentTruth.Words(truth.Texts()), DocumentTruth.Words([clean.Title, clean.Dateline ?? "", .. clean.Paragraphs, clean.EndMark ?? ""]));
    }

    [Fact]
    public void A_heading_the_pdf_sets_apart_by_its_font_is_a_block_of_its_own()
    {
        // The statement indents its paragraphs, so the blank lines around its headings are no paragraph mark to the
        // text's rules; the size and weight the PDF shows are, and the break names them whichever rule found it first.
        var clean = PdfCleaner.Clean(Read(Path.Combine(Folder, "kcna-statement-138779.pdf"))).Text;

        var heading = Assert.Single(clean.Blocks, b => b.Text == "True intention in revitalization of exclusive military bloc");
        Assert.Equal(BlockKind.Heading, heading.Kind);
        Assert.Contains(clean.Report.OfKind(CleanupKind.ParagraphBreak),
            d => d.Line == heading.SourceLine && d.Evidence.Contains("bold 14 pt, 30.7 pt above: a new size)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_pdf_always_gives_the_same_text_and_report()
    {
        var path = Path.Combine(Folder, "kcna-statement-138779.pdf");
        var (first, second) = (Read(path), Read(path));

        Assert.Equal(first.Text, second.Text);
        var (a, b) = (PdfCleaner.Clean(first).Text, PdfCleaner.Clean(second).Text);
        Assert.Equal(a.Blocks.Select(x => (x.Kind, x.Level, x.Text, x.SourceLine)), b.Blocks.Select(x => (x.Kind, x.Level, x.Text, x.SourceLine)));
        Assert.Equal(a.Report.Decisions, b.Report.Decisions);
    }

    [Fact]
    public void Decisions_that_rest_on_layout_name_the_pdfs_page_and_font()
    {
        var clean = PdfCleaner.Clean(Read(Path.Combine(Folder, "kcna-statement-138779.pdf"))).Text;

        var title = Assert.Single(clean.Report.OfKind(CleanupKind.TitleFound));
        Assert.Contains("(PDF: p. 1, bold 17 pt", title.Evidence);
        Assert.Contains(clean.Report.OfKind(CleanupKind.ParagraphBreak), d => d.Evidence.Contains("set in", StringComparison.Ordinal));
        Assert.Contains(clean.Report.OfKind(CleanupKind.HeadingFound), d => d.Evidence.Contains("bold 14 pt", StringComparison.Ordinal) && d.Evidence.Contains("a new size", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("federalist-39", "groff", 7001)]
    [InlineData("un-charter", "groff", 7002)]
    [InlineData("kcna-statement", "chromium", 7003)]
    public void A_pdf_typeset_here_gives_the_documents_title_and_words(string document, string engine, int seed)
    {
        Requirement.Tools("python3 groff poppler-utils ghostscript chromium", "python3", engine, "pdftotext");
        var dir = Directory.CreateTempSubdirectory("lectern-pdf-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "doc.pdf");
            using (var typeset = Process.Start(new ProcessStartInfo("python3",
                       [Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Tools", "typeset-document.py"), Path.Combine(DocumentTruth.Folder, document + ".json"),
                        "--engine", engine, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path.Combine(dir, "doc.txt"), "--pdf", pdf, "--quiet"])
                   { RedirectStandardError = true })!)
            {
                var error = typeset.StandardError.ReadToEnd();
                typeset.WaitForExit();
                Assert.True(typeset.ExitCode == 0, error);
            }
            var (truth, result) = Clean(pdf, document);
            var clean = result.Text;

            Assert.Null(result.FidelityError);
            Assert.Equal(DocumentTruth.Normalize(truth.Title), DocumentTruth.Normalize(clean.Title));
            Assert.Equal(DocumentTruth.Words(truth.Texts()), DocumentTruth.Words([clean.Title, clean.Dateline ?? "", .. clean.Paragraphs, clean.EndMark ?? ""]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static PdfSourceText Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var pdf = PdfReader.Read(File.ReadAllBytes(path), path, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return PdfSourceText.Of(pdf!);
    }

    /// <summary>The truth of <paramref name="document"/> and the PDF at <paramref name="path"/> cleaned.</summary>
    private static (Truth Truth, CleanResult Result) Clean(string path, string document) =>
        (DocumentTruth.Load(document), PdfCleaner.Clean(Read(path)));

    /// <summary>The document a committed PDF was made from: its name without the seed.</summary>
    private static string DocumentOf(string name) => name[..name.LastIndexOf('-')];
}
