using Lectern.Documents;
using Lectern.Stages.Write;
using Lectern.Tests.Support;

namespace Lectern.Tests.Write;

public class WriteStageTests
{
    [Fact]
    public void Writing_replaces_the_whole_output_and_leaves_no_stale_files()
    {
        using var site = new TempSite(copyContent: false);
        WriteStage.Execute(site.Output, [OutputFile.Text("old.html", "old"), OutputFile.Text("a/b.html", "b1")]);
        WriteStage.Execute(site.Output, [OutputFile.Text("a/b.html", "b2")]);

        Assert.False(File.Exists(Path.Combine(site.Output, "old.html")));
        Assert.Equal("b2", File.ReadAllText(Path.Combine(site.Output, "a", "b.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.lectern-*"));
    }
}
