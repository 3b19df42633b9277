using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Pipeline;
using Lectern.Stages.Write;
using Lectern.Tests.Hardening;
using Lectern.Tests.Support;

namespace Lectern.Tests.Write;

/// <summary>
/// A build replaces its output whole, so it may replace only a folder it made (marked with
/// <see cref="OutputMarker"/>), never one that holds the content, the themes or the working folder, and
/// one build at a time; a swap a crash left half done is put back first.
/// </summary>
public class OutputFolderTests
{
    private static (int Exit, string Stderr) BuildInto(TempSite site, string output)
    {
        var stderr = new StringWriter();
        var exit = Lectern.Cli.Commands.CommandLine.Run(["build", "--content", site.Content, "--output", output, "--themes", site.Themes], new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    private static void AssertRefused(string stderr, string code, string messagePart)
    {
        BadContent.AssertNoStackTrace(stderr);
        var printed = PrintedDiagnostic.ParseAll(stderr);
        Assert.True(printed.Any(d => d.Code == code && d.Message.Contains(messagePart, StringComparison.Ordinal)), stderr);
    }

    [Fact]
    public void Every_build_writes_the_marker_and_a_build_replaces_its_own_output()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        Assert.Equal(OutputMarker.Content.ToArray(), File.ReadAllBytes(Path.Combine(site.Output, OutputMarker.FileName)));

        var (exit, stderr) = BuildInto(site, site.Output);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputMarker.FileName)));
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_and_kept_as_it_was()
    {
        using var site = new TempSite();
        var clone = Path.Combine(site.Root, "clone");
        Directory.CreateDirectory(Path.Combine(clone, ".git"));
        File.WriteAllText(Path.Combine(clone, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(clone, "notes.txt"), "mine");
        var before = TempSite.Snapshot(clone);

        var (exit, stderr) = BuildInto(site, clone);

        Assert.Equal(1, exit);
        AssertRefused(stderr, DiagnosticCodes.OutputNotLectern, "Lectern did not make it (it has no .lectern-output file)");
        BadContent.AssertUnchanged(before, TempSite.Snapshot(clone));
        Assert.Empty(Directory.GetDirectories(site.Root, "clone.lectern-*"));
    }

    [Fact]
    public void An_empty_folder_is_taken_as_the_output()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Output);
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    public static TheoryData<string, string> Overlaps => new()
    {
        { "content", "is the content folder" },
        { "themes", "is the themes folder" },
        { ".", "holds the content folder" },
        { "content/readings", "lies inside the content folder" },
        { "content/site", "lies inside the content folder" },
        { "themes/default/site", "lies inside the themes folder" },
    };

    [Theory]
    [MemberData(nameof(Overlaps))]
    public void An_output_that_is_holds_or_lies_in_the_content_or_themes_is_refused_and_nothing_changes(string output, string problem)
    {
        using var site = new TempSite();
        var full = Path.GetFullPath(Path.Combine(site.Root, output));
        var content = TempSite.Snapshot(site.Content);
        var themes = TempSite.Snapshot(site.Themes);

        var (exit, stderr) = BuildInto(site, full);

        Assert.Equal(1, exit);
        AssertRefused(stderr, DiagnosticCodes.OutputOverlapsSource, $"the output folder {problem}");
        BadContent.AssertUnchanged(content, TempSite.Snapshot(site.Content));
        BadContent.AssertUnchanged(themes, TempSite.Snapshot(site.Themes));
    }

    [Fact]
    public void A_link_to_the_content_folder_is_refused_as_the_content_folder()
    {
        using var site = new TempSite();
        var link = Path.Combine(site.Root, "out");
        Directory.CreateSymbolicLink(link, site.Content);
        var content = TempSite.Snapshot(site.Content);

        var (exit, stderr) = BuildInto(site, link);

        Assert.Equal(1, exit);
        AssertRefused(stderr, DiagnosticCodes.OutputOverlapsSource, "is the content folder");
        BadContent.AssertUnchanged(content, TempSite.Snapshot(site.Content));
    }

    [Fact]
    public void The_working_folder_and_its_ancestors_are_refused_as_outputs()
    {
        using var site = new TempSite();
        foreach (var output in new[] { Environment.CurrentDirectory, Path.GetDirectoryName(Environment.CurrentDirectory)! })
        {
            var diagnostics = new DiagnosticBag();
            OutputPlacement.Check(site.Options() with { OutputDir = output }, diagnostics);
            Assert.Equal(DiagnosticCodes.OutputOverlapsSource, Assert.Single(diagnostics.Sorted()).Code);
        }
    }

    [Fact]
    public void A_second_build_while_one_writes_the_output_fails_clearly_and_the_first_commits_a_whole_site()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        var before = TempSite.Snapshot(site.Output);

        using (var first = StagedOutput.Begin(site.Output))
        {
            first.Write(OutputFile.Text("index.html", "first"));
            var (exit, stderr) = BuildInto(site, site.Output);

            Assert.Equal(1, exit);
            AssertRefused(stderr, DiagnosticCodes.OutputLocked, "another Lectern build is writing this folder");
            BadContent.AssertUnchanged(before, TempSite.Snapshot(site.Output));
            first.Commit();
        }

        Assert.Equal("first", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputMarker.FileName)));
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded, "the lock is released with the first build");
    }

    [Fact]
    public void An_output_in_folders_that_do_not_exist_yet_is_made_with_them()
    {
        using var site = new TempSite();
        var output = Path.Combine(site.Root, "out", "nested", "_site");

        var (exit, stderr) = BuildInto(site, output);

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, OutputMarker.FileName)));
    }

    /// <summary>
    /// The CLI as users run it, in a process of its own with its own runtime settings (which turn .NET's advisory
    /// file locking off), meets the lock a build in another process holds.
    /// </summary>
    [Fact]
    public async Task A_build_in_another_process_meets_the_lock()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        var before = TempSite.Snapshot(site.Output);
        var cli = Path.Combine(AppContext.BaseDirectory, "Lectern.Cli.dll");

        using (OutputLock.Take(site.Output, "_site"))
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet", ["exec", cli, "build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(1, process.ExitCode);
            AssertRefused(await stderr, DiagnosticCodes.OutputLocked, "another Lectern build is writing this folder");
            BadContent.AssertUnchanged(before, TempSite.Snapshot(site.Output));
        }
    }

    [Fact]
    public void A_swap_left_half_done_is_put_back_before_a_failed_build_reports_the_output_unchanged()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        var before = TempSite.Snapshot(site.Output);
        // A crash between the swap's two renames: the previous site set aside, no output.
        Directory.Move(site.Output, site.Output + ".lectern-old");
        File.WriteAllText(Path.Combine(site.ReadingDir(), "source.txt"), "");

        var (exit, stderr) = BuildInto(site, site.Output);

        Assert.Equal(1, exit);
        Assert.Contains("was not changed", stderr);
        BadContent.AssertUnchanged(before, TempSite.Snapshot(site.Output));
        Assert.False(Directory.Exists(site.Output + ".lectern-old"));
    }

    [Fact]
    public void A_leftover_staging_folder_that_is_not_lecterns_is_refused_not_deleted()
    {
        using var site = new TempSite();
        var staging = site.Output + ".lectern-tmp";
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "mine.txt"), "mine");

        var (exit, stderr) = BuildInto(site, site.Output);

        Assert.Equal(1, exit);
        AssertRefused(stderr, DiagnosticCodes.OutputNotLectern, "Lectern did not make it");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(staging, "mine.txt")));
    }

    [Fact]
    public void A_file_in_the_previous_output_that_is_a_link_is_written_anew_not_linked_to()
    {
        using var site = new TempSite(copyContent: false);
        var outside = Path.Combine(site.Root, "outside.html");
        File.WriteAllText(outside, "same");
        using (var output = StagedOutput.Begin(site.Output))
        {
            output.Write(OutputFile.Text("page.html", "x"));
            output.Commit();
        }
        File.Delete(Path.Combine(site.Output, "page.html"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "page.html"), outside);

        using (var output = StagedOutput.Begin(site.Output))
        {
            output.Write(OutputFile.Text("page.html", "same"));
            output.Commit();
        }

        Assert.Null(new FileInfo(Path.Combine(site.Output, "page.html")).LinkTarget);
        Assert.Equal("same", File.ReadAllText(Path.Combine(site.Output, "page.html")));
    }

    [Fact]
    public void A_file_reached_through_a_linked_folder_of_the_previous_output_is_written_anew_not_shared()
    {
        using var site = new TempSite(copyContent: false);
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "page.html"), "same");
        using (var output = StagedOutput.Begin(site.Output))
        {
            output.Write(OutputFile.Text("index.html", "home"));
            output.Commit();
        }
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "sub"), outside);

        using (var output = StagedOutput.Begin(site.Output))
        {
            output.Write(OutputFile.Text("sub/page.html", "same"));
            output.Commit();
        }
        // Hard-linked, the published page would change with the file outside.
        File.WriteAllText(Path.Combine(outside, "page.html"), "changed outside");

        Assert.Null(new DirectoryInfo(Path.Combine(site.Output, "sub")).LinkTarget);
        Assert.Equal("same", File.ReadAllText(Path.Combine(site.Output, "sub", "page.html")));
    }
}
