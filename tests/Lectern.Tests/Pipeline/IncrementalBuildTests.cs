using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;
using Lectern.Tests.Support;

namespace Lectern.Tests.Pipeline;

/// <summary>
/// A build that remembers the last one (as <c>serve</c> does) must leave exactly the output a whole build of
/// the same content makes: after each of many random edits (a reading's text, its metadata, the glossary,
/// site.yml, a theme file, a reading added or removed, a file touched), the remembered build's output, files
/// and diagnostics are compared with a whole build's into an empty folder.
/// </summary>
public class IncrementalBuildTests
{
    private const int Edits = 200;

    [Fact]
    public void Remembered_builds_after_random_edits_match_whole_builds_byte_for_byte()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 24);
        var memory = new BuildMemory();
        var updated = site.Options() with { OutputDir = Path.Combine(site.Root, "updated") };
        var whole = site.Options() with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(updated, memory).Succeeded);

        var failed = 0;
        var firstFailure = "";
        var broken = false;
        var concordancePages = 0;
        for (var edit = 1; edit <= Edits; edit++)
        {
            var change = library.EditOnce(repair: broken);
            var incremental = BuildPipeline.Run(updated, memory);
            if (Directory.Exists(whole.OutputDir)) Directory.Delete(whole.OutputDir, recursive: true);
            var full = BuildPipeline.Run(whole);

            var context = $"edit {edit} ({change})";
            Assert.True(full.Succeeded == incremental.Succeeded, $"{context}: whole build succeeded {full.Succeeded}, remembered build {incremental.Succeeded}");
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            broken = !full.Succeeded;
            if (!full.Succeeded)
            {
                if (failed++ == 0) firstFailure = $"{context}: {full.Diagnostics.First(d => d.IsError)}";
                continue;
            }
            Assert.Equal(full.Files, incremental.Files);
            concordancePages += full.Files.Count(f => f.StartsWith("glossary/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') == 2);
            SameTree.Assert(whole.OutputDir, updated.OutputDir, context);
        }
        // The edits must mostly make sites that build, or the comparison of outputs would rarely run.
        // And the library must be large enough for concordance pages, which a rebuild keeps or makes again term by term.
        Assert.True(concordancePages > 0, "no build made a concordance page");
        Assert.True(failed <= Edits / 4, $"{failed} of {Edits} edits failed the build, the first at {firstFailure}");
    }

    [Fact]
    public void A_change_to_one_reading_writes_only_the_files_whose_bytes_change()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 7);
        var memory = new BuildMemory();
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var other = Path.Combine(site.Output, "r2", "index.html");
        Assert.True(File.Exists(other));
        Thread.Sleep(20);

        library.ReplaceInSource("r1", "manifold WPK challenges");
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);

        Assert.Equal(before[other], File.GetLastWriteTimeUtc(other));
        Assert.NotEqual(before[Path.Combine(site.Output, "r1", "index.html")], File.GetLastWriteTimeUtc(Path.Combine(site.Output, "r1", "index.html")));
        Assert.False(Directory.Exists(site.Output + ".lectern-tmp"));
    }

    [Fact]
    public void A_failed_remembered_build_leaves_the_last_good_output_and_the_next_good_one_matches_a_whole_build()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 3);
        var memory = new BuildMemory();
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);
        var good = TempSite.Snapshot(site.Output);

        library.ReplaceInSource("r1", "manifold WPK challenges");
        var metadata = Path.Combine(site.ReadingDir("r1"), "reading.yml");
        var yaml = File.ReadAllText(metadata);
        File.WriteAllText(metadata, yaml.Replace("quote: convened an enlarged meeting", "quote: convened an enlarged meetings"));
        Assert.False(BuildPipeline.Run(options, memory).Succeeded);
        Assert.Equal(good.Keys.Order(), TempSite.Snapshot(site.Output).Keys.Order());
        Assert.All(TempSite.Snapshot(site.Output), file => Assert.Equal(good[file.Key], file.Value));

        File.WriteAllText(metadata, yaml);
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);
        var whole = site.Options() with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(whole).Succeeded);
        SameTree.Assert(whole.OutputDir, options.OutputDir, "after the failed build");
    }

    [Fact]
    public void An_output_replaced_by_another_build_is_made_whole_again()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 5);
        var memory = new BuildMemory();
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);

        library.ReplaceInSource("r3", "Central Committee challenges");
        Thread.Sleep(20);
        var other = BuildPipeline.Run(options); // another process's build, which this memory did not see
        Assert.True(other.Succeeded, string.Join("\n", other.Diagnostics));
        File.WriteAllText(Path.Combine(site.Output, "stray.txt"), "left by hand");
        library.ReplaceInSource("r4", "manifold challenges indeed");
        Assert.True(BuildPipeline.Run(options, memory).Succeeded);

        var whole = site.Options() with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(whole).Succeeded);
        SameTree.Assert(whole.OutputDir, options.OutputDir, "after another build");
    }
}
