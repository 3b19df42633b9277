using Lectern.Cli.Commands;
using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;
using Lectern.Tests.Support;

namespace Lectern.Tests.Publishing;

public class TrustworthyBuildTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TempSite();
        var first = Path.Combine(site.Root, "first");
        var second = Path.Combine(site.Root, "second");
        Assert.True(BuildPipeline.Run(site.Options("/lectern-demo/") with { OutputDir = first }).Succeeded);
        Assert.True(BuildPipeline.Run(site.Options("/lectern-demo/") with { OutputDir = second }).Succeeded);

        var a = TempSite.Snapshot(first);
        var b = TempSite.Snapshot(second);
        Assert.True(a.Count > 5);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), path + " differs between two builds");
    }

    [Theory]
    [InlineData("layouts/reading.liquid", "{% if reading.title %}never closed")]
    [InlineData("layouts/layout.liquid", "<title>{{ site.title </title>")]
    public void A_build_failing_on_a_template_error_leaves_the_previous_output_exactly_as_it_was(string template, string broken)
    {
        using var site = new TempSite();
        var args = new[] { "build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes };
        Assert.Equal(0, CommandLine.Run(args, new StringWriter(), new StringWriter()));
        var before = TempSite.Snapshot(site.Output);

        File.WriteAllText(Path.Combine(site.Themes, "default", template), broken);
        var stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(args, new StringWriter(), stderr));

        Assert.Contains("error LEC011", stderr.ToString());
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) Assert.Equal(bytes, after[path]);
        // No staging or set-aside folder is left; the build record beside the output stays on purpose.
        Assert.DoesNotContain(Directory.GetDirectories(site.Root, "_site.lectern-*"), d => !d.EndsWith(BuildRecord.Suffix, StringComparison.Ordinal));
    }

    [Fact]
    public void Files_of_a_reading_that_was_removed_do_not_survive_the_next_build()
    {
        using var site = new TempSite();
        var extra = site.ReadingDir("second-reading");
        TempSite.CopyDirectory(site.ReadingDir(), extra);
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "second-reading", "index.html")));

        Directory.Delete(extra, recursive: true);
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "second-reading")));
    }
}
