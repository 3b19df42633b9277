using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Load;

namespace Lectern.Tests.Load;

public class YamlContentReaderTests
{
    private static (ReadingMetadata? Value, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var value = YamlContentReader.Read<ReadingMetadata>(yaml, "reading.yml", bag);
        return (value, bag.Sorted());
    }

    [Fact]
    public void Valid_metadata_is_read_with_positions_of_outline_entries()
    {
        var (value, diagnostics) = Read("title: T\noutline:\n  - title: Opening\n    start: 1\n");
        Assert.Empty(diagnostics);
        var section = Assert.Single(value!.Outline);
        Assert.Equal((3, 5), (section.Line, section.Column));
    }

    [Fact]
    public void An_unknown_field_is_an_error_at_its_position()
    {
        var (_, diagnostics) = Read("title: T\ntitel: oops\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSchema, d.Code);
        Assert.Equal((2, 1), (d.Line, d.Column));
        Assert.Contains("unknown field 'titel'", d.Message);
    }

    [Fact]
    public void A_syntax_error_names_line_and_column()
    {
        var (_, diagnostics) = Read("title: [unclosed\nsummary: x\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("reading.yml", d.File);
        Assert.True(d.Line >= 1);
        Assert.Matches(@"^reading\.yml:\d+:\d+: error LEC00\d: ", d.ToString());
    }

    [Fact]
    public void A_duplicate_key_is_an_error()
    {
        var (_, diagnostics) = Read("title: A\ntitle: B\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(2, d.Line);
        Assert.Contains("duplicate key", d.Message);
    }

    [Fact]
    public void An_empty_file_is_no_metadata_and_no_error()
    {
        var (value, diagnostics) = Read("");
        Assert.Null(value);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    public void A_file_is_read_as_its_text_is_whatever_its_encoding(string encoding)
    {
        const string yaml = "title: Réunion\noutline:\n  - title: Opening\n    start: 1\n";
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, yaml, encoding switch
            {
                "utf-8" => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                "utf-8-bom" => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
                _ => System.Text.Encoding.Unicode,
            });
            var bag = new DiagnosticBag();
            var value = YamlContentReader.ReadFile<ReadingMetadata>(path, "reading.yml", bag);
            Assert.Empty(bag.Sorted());
            Assert.Equal("Réunion", value!.Title);
            Assert.Equal((3, 5), (value.Outline[0].Line, value.Outline[0].Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_with_an_error_is_reported_as_its_text_is()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "title: T\ntitel: oops\n");
            var bag = new DiagnosticBag();
            Assert.Null(YamlContentReader.ReadFile<ReadingMetadata>(path, "reading.yml", bag));
            Assert.Equal(Read("title: T\ntitel: oops\n").Diagnostics, bag.Sorted());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
