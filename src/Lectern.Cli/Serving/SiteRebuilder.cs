using System.Threading.Channels;
using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Pipeline.Incremental;

namespace Lectern.Cli.Serving;

/// <summary>
/// Rebuilds the site in the background, one build at a time, once changes have settled for
/// <see cref="Quiet"/>; tells open pages to reload, or shows them the errors while the last good
/// site stays served (a failed build never touches the output). Each rebuild uses what the last one made
/// (<see cref="BuildMemory"/>): only the readings whose files changed are cleaned again, and only the files
/// whose bytes changed are written.
/// </summary>
public sealed class SiteRebuilder : IAsyncDisposable
{
    // An editor's save is several writes within a few milliseconds; a longer wait would only delay every rebuild.
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);

    private readonly BuildOptions _options;
    private readonly BuildMemory _memory;
    private readonly LiveReload _live;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SiteRebuilder(BuildOptions options, BuildMemory memory, LiveReload live, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _memory = memory;
        _live = live;
        _stdout = stdout;
        _stderr = stderr;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Asks for a rebuild; requests that arrive while one is pending are merged into it.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    private async Task LoopAsync()
    {
        var cancel = _stop.Token;
        try
        {
            while (await _requests.Reader.WaitToReadAsync(cancel))
            {
                _requests.Reader.TryRead(out _);
                await SettleAsync(cancel);
                Rebuild();
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
    }

    /// <summary>Waits until no request has come for <see cref="Quiet"/> (an editor's save is often several writes).</summary>
    private async Task SettleAsync(CancellationToken cancel)
    {
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(Quiet);
            try
            {
                await _requests.Reader.WaitToReadAsync(quiet.Token);
                _requests.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Rebuild()
    {
        _stdout.WriteLine("Change detected; rebuilding...");
        try
        {
            var result = BuildCommand.Execute(_options, _stdout, _stderr, showProgress: false, _memory);
            if (result.Succeeded) _live.Reload();
            else _live.BuildFailed(DiagnosticLines.Capped(result.Diagnostics));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // E.g. a file still locked by the editor: the preview keeps serving, and the next change rebuilds.
            _stderr.WriteLine($"Rebuild failed: {ex.Message}; still serving the last good site.");
            _live.BuildFailed([ex.Message]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
