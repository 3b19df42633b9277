using System.Text;
using Lectern.Stages.Load;

namespace Lectern.Tests.Load;

/// <summary>The pooled readings of editors' files decode them as the framework's readers do.</summary>
public class ContentFileTests
{
    public static TheoryData<byte[]> Files => new()
    {
        Array.Empty<byte>(),
        "title: T\n"u8.ToArray(),
        Bytes([0xEF, 0xBB, 0xBF, .. "title: caf\u00e9\n"u8]),
        Bytes([.. "title: "u8, 0xC3, 0x28, 0xFF, .. "\n"u8, 0xE2, 0x82]),
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
            Assert.Equal(File.ReadAllText(path), ContentFile.ParseText(path, text => text.ToString()));
            Assert.Equal(File.ReadAllText(path), ContentFile.ReadText(path, text => text.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
