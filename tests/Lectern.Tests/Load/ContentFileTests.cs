using System.Text;
using Lectern.Diagnostics;
using Lectern.Stages.Load;

namespace Lectern.Tests.Load;

/// <summary>Editors' files decode as the framework's reader decodes them, and bytes that are not UTF-8 are an error.</summary>
public class ContentFileTests
{
    public static TheoryData<byte[]> Files => new()
    {
        Array.Empty<byte>(),
        "title: T\n"u8.ToArray(),
        Bytes([0xEF, 0xBB, 0xBF, .. "title: caf\u00e9\n"u8]),
        Bytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("title: T\n")]),
        Bytes([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("title: T\n")]),
    };

    private static byte[] Bytes(byte[] bytes) => bytes;

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_the_framework_reads_it(byte[] bytes)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var diagnostics = new DiagnosticBag();
            Assert.Equal(File.ReadAllText(path), ContentFile.ReadText(path, "site.yml", diagnostics));
            Assert.Empty(diagnostics.Sorted());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_an_error_at_the_first_of_them()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "title: T\nsummary: "u8, 0xC3, 0x28, 0xFF, .. "\n"u8]);
            var diagnostics = new DiagnosticBag();
            Assert.Null(ContentFile.ReadText(path, "site.yml", diagnostics));
            var error = Assert.Single(diagnostics.Sorted());
            Assert.Equal((DiagnosticCodes.SourceEncoding, "site.yml", 2, 10), (error.Code, error.File, error.Line, error.Column));
            Assert.Contains("the byte at offset 21 is 0xC3", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
