using Lectern.Cli.Commands;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

public class BrokenContentTests
{
    [Fact]
    public void A_broken_reading_yml_is_reported_with_position_and_leaves_the_output_untouched()
    {
        using var site = new TempSite();
        var args = new[] { "build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes };
        Assert.Equal(0, CommandLine.Run(args, new StringWriter(), new StringWriter()));
        var before = TempSite.Snapshot(site.Output);

        var metadata = Path.Combine(site.ReadingDir(), "reading.yml");
        File.WriteAllText(metadata, "date: 2021-06-30\nsource:\n  title: [unclosed\n");
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Matches(@"reading\.yml:\d+:\d+: error LEC00\d: ", stderr.ToString());
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.Equal(bytes, after[path]);
    }
}

public class BrokenNoteTests
{
    [Fact]
    public void A_note_whose_quote_is_not_in_the_text_fails_the_build_with_its_reading_yml_position()
    {
        using var site = new TempSite();
        var metadata = Path.Combine(site.ReadingDir(), "reading.yml");
        var yaml = File.ReadAllText(metadata);
        const string quote = "quote: convened an enlarged meeting";
        Assert.Contains(quote, yaml);
        File.WriteAllText(metadata, yaml.Replace(quote, "quote: convened an enlarged meetings"));
        var line = yaml[..yaml.IndexOf("id: enlarged-meeting", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var stderr = new StringWriter();
        var exit = CommandLine.Run(["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Matches($@"reading\.yml:{line}:5: error LEC050: note 'enlarged-meeting': the quote ""convened an enlarged meetings"" is not in the text", stderr.ToString());
        Assert.False(Directory.Exists(site.Output));
    }
}
