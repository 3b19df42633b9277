using System.Diagnostics;
using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>
/// What stands where a content file or folder should be: a folder or a named pipe where a file goes, no
/// readings folder (a mistyped <c>--content</c>). Each is a coded error and the site is kept, never an
/// empty site built over it, a file passed over in silence or a build waiting forever.
/// </summary>
public class ContentFolderTests
{
    private const string Reading = "readings/" + RepoPaths.SeedSlug;

    private static Action<TempSite> FolderInstead(Func<TempSite, string> file) => s =>
    {
        var path = file(s);
        File.Delete(path);
        Directory.CreateDirectory(path);
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("a folder where reading.yml should be", FolderInstead(s => Path.Combine(s.ReadingDir(), "reading.yml")),
            new(DiagnosticCodes.NotAFile, Reading + "/reading.yml", 1, 1, "this is a folder, where Lectern reads the file reading.yml")),
        new("a folder where site.yml should be", FolderInstead(s => Path.Combine(s.Content, "site.yml")),
            new(DiagnosticCodes.NotAFile, "content/site.yml", 1, 1, "this is a folder, where Lectern reads the file site.yml")),
        new("a folder where glossary.yml should be", FolderInstead(s => Path.Combine(s.Content, "glossary.yml")),
            new(DiagnosticCodes.NotAFile, "content/glossary.yml", 1, 1, "this is a folder")),
        new("a folder where source.txt should be", FolderInstead(s => Path.Combine(s.ReadingDir(), "source.txt")),
            new(DiagnosticCodes.NotAFile, Reading + "/source.txt", 1, 1, "this is a folder")),
        new("no readings folder", s => Directory.Delete(Path.Combine(s.Content, "readings"), recursive: true),
            new(DiagnosticCodes.ReadingsFolderMissing, "content", 1, 1, "this folder has no readings folder, so it is not a content folder")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_wrong_kind_of_entry_is_a_coded_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Fact]
    public void The_themes_folder_given_as_the_content_folder_is_refused_and_the_site_is_kept()
    {
        using var site = new TempSite();
        Assert.True(Lectern.Pipeline.BuildPipeline.Run(site.Options()).Succeeded);
        var before = TempSite.Snapshot(site.Output);
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["build", "--content", site.Themes, "--output", site.Output, "--themes", site.Themes], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        BadContent.AssertContains(PrintedDiagnostic.ParseAll(stderr.ToString()),
            new(DiagnosticCodes.ReadingsFolderMissing, "themes", 1, 1, "not a content folder"), stderr.ToString());
        BadContent.AssertUnchanged(before, TempSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_named_pipe_as_source_txt_is_a_coded_error_not_a_build_that_waits_forever()
    {
        var build = Task.Run(() => BadContent.AssertRejected(s =>
            {
                var source = Path.Combine(s.ReadingDir(), "source.txt");
                File.Delete(source);
                using var mkfifo = Process.Start("mkfifo", source);
                mkfifo.WaitForExit();
            },
            new(DiagnosticCodes.NotAFile, Reading + "/source.txt", 1, 1, "this is not a regular file (a named pipe, socket or device)")));
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == build, "the build waits on the pipe");
        await build;
    }

    [Fact]
    public void Clean_on_an_empty_file_says_so_as_the_build_does()
    {
        using var site = new TempSite(copyContent: false);
        var empty = Path.Combine(site.Root, "empty.txt");
        File.WriteAllText(empty, "\n \n");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["clean", empty], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Equal($"{empty}:1:1: error {DiagnosticCodes.SourceEmpty}: the source text is empty; paste the extracted report into it", stderr.ToString().Trim());
    }
}
