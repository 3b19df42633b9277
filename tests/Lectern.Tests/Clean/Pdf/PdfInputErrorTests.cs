using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Stages.Clean.Pdf;
using Lectern.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Lectern.Tests.Clean.Pdf;

/// <summary>
/// A PDF Lectern cannot read faithfully is a coded error naming the file, never a guess (the files are in Bad/,
/// made as its README says): the clean command exits 1 with that one error and prints nothing on stdout.
/// </summary>
public class PdfInputErrorTests
{
    private static string Bad => Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Pdf", "Bad");

    [Theory]
    [InlineData("not-a-pdf.pdf", DiagnosticCodes.PdfNotPdf, "the file is not a PDF (it has no %PDF- header)")]
    [InlineData("damaged.pdf", DiagnosticCodes.PdfDamaged, "the PDF is damaged and cannot be read")]
    [InlineData("truncated.pdf", DiagnosticCodes.PdfDamaged, "the PDF is damaged and cannot be read")]
    [InlineData("encrypted.pdf", DiagnosticCodes.PdfEncrypted, "the PDF is protected by a password")]
    [InlineData("image-only.pdf", DiagnosticCodes.PdfNoText, "the PDF has no text layer (its pages are images, as a scan's are); Lectern does no OCR")]
    [InlineData("no-unicode-map.pdf", DiagnosticCodes.PdfTextUnreadable, "10 of 10 letters have no character in the PDF's text layer (font Helvetica has no ToUnicode map)")]
    public void A_pdf_that_cannot_be_read_faithfully_is_a_coded_error(string file, string code, string message)
    {
        var path = Path.Combine(Bad, file);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var exit = CleanCommand.Run(path, asJson: true, stdout, stderr);

        Assert.Equal(CommandLine.ContentErrors, exit);
        Assert.Equal("", stdout.ToString());
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}:1:1: error {code}: {message}", line);
    }

    [Fact]
    public void A_pdf_of_more_pages_than_a_reading_takes_is_a_coded_error()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i <= PdfReader.MaxPages; i++) builder.AddPage(PageSize.A4);
        var diagnostics = new DiagnosticBag();

        Assert.Null(PdfReader.Read(builder.Build(), "huge.pdf", diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.PdfTooManyPages, error.Code);
        Assert.Contains($"the PDF has {PdfReader.MaxPages + 1} pages; a reading takes at most {PdfReader.MaxPages}", error.Message);
    }
}
