using System.Diagnostics;

namespace Lectern.Tests.Support;

/// <summary>
/// Waiting for background work (the preview's watcher and rebuilds) with a generous bound: the bound
/// only stops a hung test, it is not a speed requirement.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<T> Until<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("gave up waiting for " + what);
    }

    /// <summary>Reads a Server-Sent Events stream until the event <paramref name="name"/>; returns its data line.</summary>
    public static async Task<string> NextEvent(StreamReader events, string name)
    {
        using var limit = new CancellationTokenSource(Patience);
        string? line;
        while ((line = await events.ReadLineAsync(limit.Token)) is not null && line != "event: " + name) { }
        Assert.Equal("event: " + name, line);
        return await events.ReadLineAsync(limit.Token) ?? "";
    }
}
