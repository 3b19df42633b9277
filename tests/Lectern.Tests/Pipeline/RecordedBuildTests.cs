using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;
using Lectern.Stages.Write;
using Lectern.Tests.Support;

namespace Lectern.Tests.Pipeline;

/// <summary>
/// <c>lectern build</c> run again over its own output starts from the record its last build left beside the output,
/// as a new process would: a new <see cref="BuildMemory"/> read from that record alone each time. Its output must be
/// exactly a whole build's, and anything doubtful about the record or the output must make the build whole.
/// Whether a build took a reading from the record is seen by changing the reading's text unseen (<see cref="EditedLibrary.ChangeUnseen"/>).
/// </summary>
public class RecordedBuildTests
{
    private const int Edits = 80;

    [Fact]
    public void Builds_over_their_own_output_after_random_edits_match_whole_builds_byte_for_byte()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 42);
        var recorded = site.Options() with { OutputDir = Path.Combine(site.Root, "recorded") };
        var whole = site.Options() with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(recorded, BuildMemory.Recorded(recorded)).Succeeded);

        var failed = 0;
        var broken = false;
        for (var edit = 1; edit <= Edits; edit++)
        {
            var change = library.EditOnce(repair: broken);
            var again = BuildPipeline.Run(recorded, BuildMemory.Recorded(recorded));
            if (Directory.Exists(whole.OutputDir)) Directory.Delete(whole.OutputDir, recursive: true);
            var full = BuildPipeline.Run(whole);

            var context = $"edit {edit} ({change})";
            Assert.True(full.Succeeded == again.Succeeded, $"{context}: whole build succeeded {full.Succeeded}, recorded build {again.Succeeded}");
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
            broken = !full.Succeeded;
            if (broken)
            {
                failed++;
                continue;
            }
            Assert.Equal(full.Files, again.Files);
            SameTree.Assert(whole.OutputDir, recorded.OutputDir, context);
            Assert.True(File.Exists(RecordFile(recorded)), $"{context}: no record was left");
        }
        Assert.True(failed <= Edits / 4, $"{failed} of {Edits} edits failed the build");
    }

    [Fact]
    public void An_unchanged_reading_is_taken_from_the_record_and_its_page_kept()
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 1);
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, BuildMemory.Recorded(options)).Succeeded);
        var page = Path.Combine(site.Output, "r2", "index.html");
        var written = File.GetLastWriteTimeUtc(page);

        library.ChangeUnseen("r2");
        Assert.True(BuildPipeline.Run(options, BuildMemory.Recorded(options)).Succeeded);

        Assert.DoesNotContain("MANIFOLD", File.ReadAllText(page));
        Assert.Equal(written, File.GetLastWriteTimeUtc(page));
    }

    [Fact]
    public void The_record_lies_beside_the_output_with_the_marker_and_is_not_published()
    {
        using var site = new TempSite();
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, BuildMemory.Recorded(options)).Succeeded);

        Assert.True(File.Exists(RecordFile(options)));
        Assert.True(File.Exists(Path.Combine(site.Output + BuildRecord.Suffix, OutputMarker.FileName)));
        Assert.DoesNotContain(Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories), f => f.Contains("record", StringComparison.Ordinal));
    }

    public static TheoryData<string> DoubtfulCases => new()
    {
        "record cut short", "record of other folders", "output file replaced", "output file removed", "file added to the output",
        "output made by another build", "record folder without the marker",
    };

    [Theory]
    [MemberData(nameof(DoubtfulCases))]
    public void Anything_doubtful_makes_the_build_whole(string doubt)
    {
        using var site = new TempSite();
        var library = new EditedLibrary(site, seed: 2);
        var options = site.Options();
        Assert.True(BuildPipeline.Run(options, BuildMemory.Recorded(options)).Succeeded);
        var next = options;
        switch (doubt)
        {
            case "record cut short":
                using (var record = File.OpenWrite(RecordFile(options))) record.SetLength(record.Length / 2);
                break;
            case "record of other folders":
                var themes = Path.Combine(site.Root, "themes-elsewhere");
                TempSite.CopyDirectory(site.Themes, themes);
                next = options with { ThemesDir = themes };
                break;
            case "output file replaced":
                File.WriteAllText(Path.Combine(site.Output, "r3", "index.html"), "edited by hand");
                break;
            case "output file removed":
                File.Delete(Path.Combine(site.Output, "r3", "index.html"));
                break;
            case "file added to the output":
                File.WriteAllText(Path.Combine(site.Output, "stray.txt"), "left by hand");
                break;
            case "output made by another build":
                Assert.True(BuildPipeline.Run(options).Succeeded);
                break;
            case "record folder without the marker":
                File.Delete(Path.Combine(site.Output + BuildRecord.Suffix, OutputMarker.FileName));
                break;
        }
        library.ChangeUnseen("r2");

        Assert.True(BuildPipeline.Run(next, BuildMemory.Recorded(next)).Succeeded);

        Assert.Contains("MANIFOLD", File.ReadAllText(Path.Combine(site.Output, "r2", "index.html")));
        var whole = next with { OutputDir = Path.Combine(site.Root, "whole") };
        Assert.True(BuildPipeline.Run(whole).Succeeded);
        SameTree.Assert(whole.OutputDir, site.Output, doubt);
    }

    [Fact]
    public void A_record_folder_Lectern_did_not_make_is_neither_read_nor_written()
    {
        using var site = new TempSite();
        var options = site.Options();
        var folder = site.Output + BuildRecord.Suffix;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        Assert.True(BuildPipeline.Run(options, BuildMemory.Recorded(options)).Succeeded);

        Assert.Equal(["notes.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private static string RecordFile(BuildOptions options) => Path.Combine(options.OutputDir + BuildRecord.Suffix, "build.record");
}
