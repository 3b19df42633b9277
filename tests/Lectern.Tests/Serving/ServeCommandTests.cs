using System.Text.RegularExpressions;
using Lectern.Cli.Commands;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

/// <summary><c>lectern serve</c> through the command class, with a content error present when it starts.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Serve_starts_on_the_last_good_build_despite_an_error_shows_it_and_recovers_when_it_is_fixed()
    {
        using var site = new TempSite();
        var options = site.Options("/lectern-demo/");
        Assert.Equal(0, BuildCommand.Run(options, new StringWriter(), new StringWriter()));
        var metadata = Path.Combine(site.ReadingDir(), "reading.yml");
        var goodMetadata = File.ReadAllText(metadata);
        File.WriteAllText(metadata, "source:\n  title: [unclosed\n");

        var stdout = new ThreadSafeStringWriter();
        var stderr = new ThreadSafeStringWriter();
        using var stop = new CancellationTokenSource();
        var serve = ServeCommand.RunAsync(options, "127.0.0.1", 0, stdout, stderr, stop.Token);
        try
        {
            var url = await Eventually.Until(() => Task.FromResult(Regex.Match(stdout.ToString(), @" at (http://\S+);") is { Success: true } m ? m.Groups[1].Value : null), "the server address");
            Assert.Contains("error LEC00", stderr.ToString());
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var pageUrl = url + RepoPaths.SeedSlug + "/";
            Assert.Contains("<h1>", await http.GetStringAsync(pageUrl));

            // A page opened now is told about the error at once.
            using var events = new StreamReader(await http.GetStreamAsync(new Uri(new Uri(url), LiveReload.EventsPath)));
            await Eventually.NextEvent(events, "build-error");

            File.WriteAllText(metadata, goodMetadata + "\ntitle: Fixed and retitled\n");
            await Eventually.NextEvent(events, "reload");
            Assert.Contains("<h1>Fixed and retitled</h1>", await http.GetStringAsync(pageUrl));
        }
        finally
        {
            await stop.CancelAsync();
        }
        Assert.Equal(0, await serve);
    }

    [Fact]
    public async Task Serve_exits_with_content_errors_when_there_is_no_earlier_build_to_show()
    {
        using var site = new TempSite();
        File.WriteAllText(Path.Combine(site.ReadingDir(), "reading.yml"), "source:\n  title: [unclosed\n");
        var exit = await ServeCommand.RunAsync(site.Options(), "127.0.0.1", 0, new StringWriter(), new StringWriter(), CancellationToken.None);
        Assert.Equal(1, exit);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("themes")]
    public async Task Serve_refuses_an_output_folder_inside_a_folder_it_watches(string watched)
    {
        using var site = new TempSite();
        var output = Path.Combine(site.Root, watched, "_site");
        var stderr = new StringWriter();

        var exit = await ServeCommand.RunAsync(site.Options() with { OutputDir = output }, "127.0.0.1", 0, new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains($"is inside the {watched} folder", stderr.ToString());
        Assert.False(Directory.Exists(output));
    }
}
