using System.Net;
using Lectern.Cli.Commands;
using Lectern.Cli.Serving;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>
/// Symbolic links may not lead out of the content or themes folder: what they point at (a password file,
/// a home folder) is not content, and would be published. Links that stay inside are followed.
/// </summary>
public class SymlinkTests
{
    private const string Reading = "readings/" + RepoPaths.SeedSlug;

    /// <summary>A file outside the content and themes folders, as a secret would be.</summary>
    private static string Secret(TempSite site)
    {
        var path = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(path, "root:x:0:0:root:/root:/bin/bash\n");
        return path;
    }

    private static Action<TempSite> LinkOut(Func<TempSite, string> path) => s =>
    {
        var link = path(s);
        if (File.Exists(link)) File.Delete(link);
        File.CreateSymbolicLink(link, Secret(s));
    };

    public static TheoryData<BadInput> Cases => new()
    {
        new("source.txt linking out of the content folder", LinkOut(s => Path.Combine(s.ReadingDir(), "source.txt")),
            new(DiagnosticCodes.PathLeavesRoot, Reading + "/source.txt", 1, 1, "outside the content folder; Lectern reads only what is inside it")),
        new("reading.yml linking out", LinkOut(s => Path.Combine(s.ReadingDir(), "reading.yml")),
            new(DiagnosticCodes.PathLeavesRoot, Reading + "/reading.yml", 1, 1, "outside the content folder")),
        new("anchors.lock linking out", LinkOut(s => Path.Combine(s.ReadingDir(), "anchors.lock")),
            new(DiagnosticCodes.PathLeavesRoot, Reading + "/anchors.lock", 1, 1, "outside the content folder")),
        new("glossary.yml linking out", LinkOut(s => Path.Combine(s.Content, "glossary.yml")),
            new(DiagnosticCodes.PathLeavesRoot, "content/glossary.yml", 1, 1, "outside the content folder")),
        new("site.yml linking out", LinkOut(s => Path.Combine(s.Content, "site.yml")),
            new(DiagnosticCodes.PathLeavesRoot, "content/site.yml", 1, 1, "outside the content folder")),
        new("a reading folder linking out", s =>
            {
                var elsewhere = Path.Combine(s.Root, "elsewhere");
                TempSite.CopyDirectory(s.ReadingDir(), elsewhere);
                Directory.CreateSymbolicLink(Path.Combine(s.Content, "readings", "linked"), elsewhere);
            },
            new(DiagnosticCodes.PathLeavesRoot, "readings/linked", 1, 1, "outside the content folder")),
        new("the readings folder linking out", s =>
            {
                var elsewhere = Path.Combine(s.Root, "elsewhere");
                Directory.Move(Path.Combine(s.Content, "readings"), elsewhere);
                Directory.CreateSymbolicLink(Path.Combine(s.Content, "readings"), elsewhere);
            },
            new(DiagnosticCodes.PathLeavesRoot, "content/readings", 1, 1, "outside the content folder")),
        new("a template linking out of the themes folder", LinkOut(s => Path.Combine(s.Themes, "default", "layouts", "home.liquid")),
            new(DiagnosticCodes.PathLeavesRoot, "layouts/home.liquid", 1, 1, "outside the themes folder")),
        new("a theme asset linking out", LinkOut(s => Path.Combine(s.Themes, "default", "assets", "secret.txt")),
            new(DiagnosticCodes.PathLeavesRoot, "assets/secret.txt", 1, 1, "outside the themes folder")),
        new("a theme script linking out", LinkOut(s => Path.Combine(s.Themes, "default", "assets", "js", "zz.js")),
            new(DiagnosticCodes.PathLeavesRoot, "assets/js/zz.js", 1, 1, "outside the themes folder")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_link_out_of_its_folder_is_refused_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Fact]
    public void A_link_that_stays_inside_the_content_folder_is_followed()
    {
        using var site = new TempSite();
        var source = Path.Combine(site.ReadingDir(), "source.txt");
        var kept = Path.Combine(site.Content, "sources", "politburo.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Move(source, kept);
        File.CreateSymbolicLink(source, Path.Combine("..", "..", "sources", "politburo.txt"));

        var result = BuildPipeline.Run(site.Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Anchors_accept_replaces_a_linked_lock_and_never_writes_through_it()
    {
        using var site = new TempSite();
        var secret = Secret(site);
        var lockPath = Path.Combine(site.ReadingDir(), "anchors.lock");
        File.Delete(lockPath);
        File.CreateSymbolicLink(lockPath, secret);

        var exit = CommandLine.Run(["anchors", "--accept", "--content", site.Content], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.Equal("root:x:0:0:root:/root:/bin/bash\n", File.ReadAllText(secret));
        Assert.Null(new FileInfo(lockPath).LinkTarget);
        Assert.StartsWith("# anchors.lock", File.ReadAllText(lockPath));
    }

    [Fact]
    public async Task The_preview_does_not_serve_a_link_in_the_output_that_leads_out_of_it()
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(Path.Combine(site.Output, "inner"));
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "<html><body>home</body></html>");
        File.WriteAllText(Path.Combine(site.Output, "inner", "page.txt"), "inside");
        File.CreateSymbolicLink(Path.Combine(site.Output, "passwd.txt"), Secret(site));
        File.CreateSymbolicLink(Path.Combine(site.Output, "inside.txt"), Path.Combine(site.Output, "inner", "page.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "outside"), site.Root);
        await using var server = await StaticSiteServer.StartAsync(site.Output, "/");
        using var http = new HttpClient();
        var origin = new Uri(server.Url);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(origin, "/passwd.txt"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(origin, "/outside/secret.txt"))).StatusCode);
        Assert.Equal("inside", await http.GetStringAsync(new Uri(origin, "/inside.txt")));
        Assert.Equal("inside", await http.GetStringAsync(new Uri(origin, "/inner/page.txt")));
    }
}
