using System.Net;
using System.Text.RegularExpressions;
using Lectern.Cli.Commands;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

/// <summary><c>serve --host</c> listens on this machine only, unless every interface is asked for by address.</summary>
public class ListenHostTests
{
    [Theory]
    [InlineData("example.invalid", "does not resolve")]
    [InlineData("192.0.2.1", "is not a loopback address")]
    [InlineData("::ffff:192.0.2.1", "is not a loopback address")]
    public async Task A_host_that_is_not_this_machine_s_loopback_is_a_usage_error_before_anything_is_built(string host, string message)
    {
        using var site = new TempSite();
        var stderr = new StringWriter();

        var exit = await ServeCommand.RunAsync(site.Options(), host, 0, new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains(message, stderr.ToString());
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_name_is_bound_to_the_loopback_address_it_resolves_to()
    {
        using var site = new TempSite();
        var stdout = new ThreadSafeStringWriter();
        using var stop = new CancellationTokenSource();
        var serve = ServeCommand.RunAsync(site.Options(), "localhost", 0, stdout, new ThreadSafeStringWriter(), stop.Token);
        try
        {
            var url = await Eventually.Until(() => Task.FromResult(Regex.Match(stdout.ToString(), @" at (http://\S+);") is { Success: true } m ? m.Groups[1].Value : null), "the server address");
            Assert.True(IPAddress.TryParse(new Uri(url).Host.Trim('[', ']'), out var address), url);
            Assert.True(IPAddress.IsLoopback(address), url);
        }
        finally
        {
            await stop.CancelAsync();
        }
        Assert.Equal(0, await serve);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("::1", "[::1]")]
    [InlineData("[::1]", "[::1]")]
    public async Task A_loopback_address_is_taken_as_it_is(string host, string urlHost)
    {
        var (listen, error) = await ListenHost.ResolveAsync(host);
        Assert.Null(error);
        Assert.Equal(urlHost, listen!.UrlHost);
        Assert.Null(listen.Warning);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    public async Task Every_interface_is_taken_only_by_address_and_with_a_warning(string host)
    {
        var (listen, _) = await ListenHost.ResolveAsync(host);
        Assert.Contains("every network interface", listen!.Warning);
    }

    [Fact]
    public async Task The_server_refuses_a_name_it_would_bind_to_every_interface()
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        await Assert.ThrowsAsync<ArgumentException>(async () => await (await StaticSiteServer.StartAsync(site.Output, "/", "example.invalid")).DisposeAsync());
    }
}
