using System.Text;
using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Stages.Load;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

public class SourceFileTests
{
    private const string Source = "readings/" + RepoPaths.SeedSlug + "/source.txt";

    private static void WriteSource(TempSite site, byte[] bytes) => File.WriteAllBytes(Path.Combine(site.ReadingDir(), "source.txt"), bytes);

    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p switch { string s => Encoding.UTF8.GetBytes(s), byte[] b => b, byte b => [b], _ => throw new ArgumentException() }).ToArray();

    public static TheoryData<BadInput> Cases => new()
    {
        new("empty source.txt", s => WriteSource(s, []),
            new(DiagnosticCodes.SourceEmpty, Source, 1, 1, "the source text is empty")),
        new("whitespace-only source.txt", s => WriteSource(s, Bytes(" \n\n\t\r\n")),
            new(DiagnosticCodes.SourceEmpty, Source, 1, 1, "the source text is empty")),
        new("binary file (NUL bytes)", s => WriteSource(s, Bytes("PK", (byte)3, (byte)4, "\nab", (byte)0, (byte)0, (byte)0x9C)),
            new(DiagnosticCodes.SourceBinary, Source, 2, 3, "the file is not text: it has a NUL byte at offset 7")),
        new("UTF-16 without a byte order mark", s => WriteSource(s, Encoding.Unicode.GetBytes("Title\nPyongyang, June 30 (KCNA) -- Text.\n")),
            new(DiagnosticCodes.SourceBinary, Source, 1, 2, "looks like UTF-16 without a byte order mark")),
        new("Latin-1 letter", s => WriteSource(s, Bytes("Title\n\nThe caf", (byte)0xE9, " was closed.\n")),
            new(DiagnosticCodes.SourceEncoding, Source, 3, 8, "the byte at offset 14 is 0xE9 ('é' in Latin-1/Windows-1252); save it as UTF-8")),
        new("Windows-1252 curly quote", s => WriteSource(s, Bytes("Title\n", (byte)0x93, "Quoted", (byte)0x94, "\n")),
            new(DiagnosticCodes.SourceEncoding, Source, 2, 1, "the byte at offset 6 is 0x93 (a Windows-1252 punctuation byte such as a curly quote or dash)")),
        new("UTF-16 with a broken surrogate", s => WriteSource(s, Bytes((byte)0xFF, (byte)0xFE, Encoding.Unicode.GetBytes("A\nB"), (byte)0x00, (byte)0xD8, (byte)0x41, (byte)0x00)),
            new(DiagnosticCodes.SourceEncoding, Source, 2, 2, "not valid UTF-16")),
        new("no paragraphs: only a title and a dateline", s => WriteSource(s, Bytes("A Title\n\nPyongyang, June 30 (KCNA) --\n")),
            new(DiagnosticCodes.NoParagraphs, Source, 1, 1, "no paragraphs were found")),
        new("no paragraphs: only the end mark", s => WriteSource(s, Bytes("-0-\n")),
            new(DiagnosticCodes.NoParagraphs, Source, 1, 1, "no paragraphs were found")),
        new("missing source.txt", s => File.Delete(Path.Combine(s.ReadingDir(), "source.txt")),
            new(DiagnosticCodes.MissingFile, Source, 1, 1, "has no source.txt")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_source_file_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void A_source_with_a_byte_order_mark_reads_as_the_same_text(string encoding)
    {
        var text = File.ReadAllText(RepoPaths.SeedSource);
        var bytes = encoding switch
        {
            "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            "utf-16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        };
        var bag = new DiagnosticBag();
        Assert.Equal(text, SourceFileReader.Decode(bytes, "source.txt", bag));
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void A_utf16_source_builds_the_same_reading_as_its_utf8_original()
    {
        using var site = new TempSite();
        var source = Path.Combine(site.ReadingDir(), "source.txt");
        File.WriteAllText(source, File.ReadAllText(source), Encoding.Unicode);
        var result = BuildPipeline.Run(site.Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Load(Path.Combine(site.Output, RepoPaths.SeedSlug, "index.html"));
        Assert.Equal(RepoPaths.Expected.Paragraphs[0], Html.TextWithoutApparatus(page.GetElementById("p-1")!));
    }

    [Fact]
    public void Lectern_clean_reports_a_binary_file_with_its_position_and_reads_utf16()
    {
        using var site = new TempSite(copyContent: false);
        // A .pdf is read as a PDF (LEC091 for this one); a text file with a PDF's bytes in it is binary text.
        var binary = Path.Combine(site.Root, "scan.txt");
        File.WriteAllBytes(binary, Bytes("%PDF-1.7\n", (byte)0, (byte)0xFF));
        var utf16 = Path.Combine(site.Root, "utf16.txt");
        File.WriteAllText(utf16, File.ReadAllText(RepoPaths.SeedSource), Encoding.Unicode);

        var stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["clean", binary], new StringWriter(), stderr));
        Assert.Equal($"{binary}:2:1: error {DiagnosticCodes.SourceBinary}: the file is not text: it has a NUL byte at offset 9; " +
                     "put the text extracted from the PDF here, saved as UTF-8", stderr.ToString().Trim());

        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["clean", utf16], stdout, new StringWriter()));
        Assert.StartsWith("# " + RepoPaths.Expected.Title, stdout.ToString());
    }

    [Fact]
    public void A_20_MB_source_is_refused_with_a_clear_error_and_the_site_is_kept() =>
        BadContent.AssertRejected(
            site => File.WriteAllText(Path.Combine(site.ReadingDir(), "source.txt"), TwentyMegabytesOfReport()),
            new(DiagnosticCodes.SourceTooLarge, "source.txt", 1, 1, "the source is 20.0 MB; a reading's source may be at most 8 MB: split it into several readings"));

    [Fact]
    public void A_1_MB_source_builds()
    {
        using var site = new TempSite();
        var text = ReportOfSize(1024 * 1024);
        File.WriteAllText(Path.Combine(site.ReadingDir(), "source.txt"), text);
        // The seed's outline, notes and lock describe the seed, not this repetition of it.
        File.Delete(Path.Combine(site.ReadingDir(), "anchors.lock"));
        File.WriteAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "date: 2021-06-30\n");

        var result = BuildPipeline.Run(site.Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(5)));
    }

    private static string TwentyMegabytesOfReport() => ReportOfSize(20 * 1024 * 1024);

    /// <summary>The seed's title and dateline, then its body repeated to about <paramref name="bytes"/>, then the end mark.</summary>
    private static string ReportOfSize(int bytes)
    {
        var seed = File.ReadAllText(RepoPaths.SeedSource);
        var dateline = seed.IndexOf("Pyongyang", StringComparison.Ordinal);
        var body = seed[dateline..].Replace("-0-", "");
        var sb = new StringBuilder(seed[..dateline]).Append(body);
        while (sb.Length < bytes) sb.Append(body[(body.IndexOf("--", StringComparison.Ordinal) + 2)..]);
        return sb.Append("\n-0-\n").ToString();
    }
}
