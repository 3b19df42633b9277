using System.Text.Json;
using Lectern.Tests.Support;

namespace Lectern.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public void Clean_json_prints_title_dateline_paragraphs_and_end_mark()
    {
        var (exit, output, _) = CliRunner.Run("clean", RepoPaths.SeedSource, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(RepoPaths.Expected.Title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(RepoPaths.Expected.Dateline, json.RootElement.GetProperty("dateline").GetString());
        Assert.Equal(RepoPaths.Expected.EndMark, json.RootElement.GetProperty("endMark").GetString());
        Assert.Equal(RepoPaths.Expected.Paragraphs, json.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Clean_prints_markdown_with_the_title_as_heading()
    {
        var (exit, output, _) = CliRunner.Run("clean", RepoPaths.SeedSource);
        Assert.Equal(0, exit);
        Assert.StartsWith("# " + RepoPaths.Expected.Title + "\n\n", output);
        Assert.Contains("\n\nKim Jong Un, general secretary of the WPK, guided the meeting.\n\n", output);
    }

    [Fact]
    public void A_missing_file_is_a_content_error()
    {
        var (exit, _, err) = CliRunner.Run("clean", "no/such/file.txt");
        Assert.Equal(1, exit);
        Assert.Contains("no/such/file.txt:1:1: error", err);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("clean")]
    public void Usage_errors_exit_with_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Theory]
    [InlineData("build", "--output", "/")]
    [InlineData("build", "--output", "")]
    [InlineData("build", "--output", " ")]
    [InlineData("build", "--content", "")]
    [InlineData("build", "--themes", "")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--host", "a/b")]
    public void An_option_value_no_command_can_use_is_a_one_line_usage_error(params string[] args)
    {
        // Had the value passed, serve would stop at once on the missing content folder (exit 1) rather than serve.
        var (exit, output, errors) = CliRunner.Run(args[0] == "serve" ? [.. args, "--content", "no-such-content"] : args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(errors.Trim().Split('\n'));
        Assert.StartsWith("lectern: " + args[1] + " ", line);
        Assert.EndsWith("; run 'lectern --help' for usage", line);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("clean")]
    [InlineData("serve")]
    [InlineData("anchors")]
    public void Every_command_has_help(string command)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output);
    }

    [Fact]
    public void Build_off_a_terminal_prints_one_summary_line_and_no_progress()
    {
        using var site = new TempSite();
        var (exit, output, errors) = CliRunner.Run("build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes);
        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        Assert.Matches(@"^Built 1 reading\(s\), \d+ files, into .+ in [\d.]+ s, peak memory \d+ MiB\.\r?\n$", output);
    }
}
