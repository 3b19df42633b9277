using Lectern.Documents;
using Lectern.Stages.Write;
using Lectern.Tests.Support;

namespace Lectern.Tests.Write;

public class WriteStageTests
{
    private static void Build(string outputDir, IReadOnlyList<OutputFile> files)
    {
        using var output = StagedOutput.Begin(outputDir);
        foreach (var file in files) output.Write(file);
        output.Commit();
    }

    [Fact]
    public void Writing_replaces_the_whole_output_and_leaves_no_stale_files()
    {
        using var site = new TempSite(copyContent: false);
        Build(site.Output, [OutputFile.Text("old.html", "old"), OutputFile.Text("a/b.html", "b1")]);
        Build(site.Output, [OutputFile.Text("a/b.html", "b2")]);

        Assert.False(File.Exists(Path.Combine(site.Output, "old.html")));
        Assert.Equal("b2", File.ReadAllText(Path.Combine(site.Output, "a", "b.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.lectern-*"));
    }

    [Fact]
    public void An_unchanged_file_keeps_its_timestamp_and_a_changed_one_is_rewritten()
    {
        using var site = new TempSite(copyContent: false);
        Build(site.Output, [OutputFile.Text("same.html", "same"), OutputFile.Text("changed.html", "v1")]);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(site.Output, "same.html"), old);
        File.SetLastWriteTimeUtc(Path.Combine(site.Output, "changed.html"), old);

        Build(site.Output, [OutputFile.Text("same.html", "same"), OutputFile.Text("changed.html", "v2")]);

        Assert.Equal("same", File.ReadAllText(Path.Combine(site.Output, "same.html")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "same.html")));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(site.Output, "changed.html")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "changed.html")));
    }

    [Fact]
    public void A_staged_output_that_is_not_committed_leaves_the_output_as_it_was()
    {
        using var site = new TempSite(copyContent: false);
        Build(site.Output, [OutputFile.Text("index.html", "first build")]);

        using (var output = StagedOutput.Begin(site.Output))
        {
            output.Write(OutputFile.Text("index.html", "second build"));
            output.Write(OutputFile.Text("new.html", "new"));
        }

        Assert.Equal("first build", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "new.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.lectern-*"));
    }

    [Fact]
    public void A_path_given_twice_is_written_once_and_listed_twice_for_the_collision_check()
    {
        using var site = new TempSite(copyContent: false);
        using var output = StagedOutput.Begin(site.Output);
        output.Write(OutputFile.Text("a/index.html", "one"));
        output.Write(OutputFile.Text("a/index.html", "two"));

        Assert.Equal(["a/index.html", "a/index.html"], output.Paths);
    }
}

public class FailureCapturingWriterTests
{
    [Fact]
    public void A_write_that_fails_in_a_parallel_layout_is_rethrown_on_the_builds_thread()
    {
        using var site = new TempSite(copyContent: false);
        using var output = StagedOutput.Begin(site.Output);
        var writer = new Lectern.Pipeline.FailureCapturingWriter(output);

        writer.Write(OutputFile.Text("page", "a file"));
        writer.Write(OutputFile.Text("page/index.html", "needs 'page' to be a folder"));

        Assert.ThrowsAny<IOException>(writer.ThrowIfFailed);
    }
}
