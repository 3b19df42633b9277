using System.Diagnostics;
using Microsoft.Playwright;

namespace Lectern.Benchmarks.Search;

/// <summary>What one query cost: when its results showed, and what the page downloaded for it.</summary>
public sealed record QueryMeasure(double FromInputMs, double FromSearchMs, int Requests, long Bytes, bool Compressed);

/// <summary>
/// Watches one page's search box. Timing is taken inside the page with <c>performance.now()</c>: the last
/// <c>input</c> event of a query (seen first, in the capture phase), the script's <c>lectern-search</c> mark when
/// it starts the query (after the pause it waits for typing), and the first animation frame after a
/// <c>MutationObserver</c> sees the listbox answer that query (<c>data-query</c>), the frame that paints it.
/// Bytes are Playwright's response body sizes of every request finished while the query ran.
/// </summary>
public sealed class SearchProbe
{
    private const string Box = "#site-search-input";

    private const string PageScript = """
        window.__searchProbe = { input: null, shown: [] };
        document.addEventListener('input', (e) => {
          if (e.target.id === 'site-search-input') window.__searchProbe.input = { at: performance.now(), value: e.target.value };
        }, true);
        document.addEventListener('DOMContentLoaded', () => {
          const list = document.getElementById('site-search-results');
          if (!list) return;
          new MutationObserver(() => {
            if (list.dataset.query === undefined) return;
            const entry = { query: list.dataset.query, at: performance.now(), frame: 0 };
            window.__searchProbe.shown.push(entry);
            requestAnimationFrame(() => { entry.frame = performance.now(); });
          }).observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
        });
        """;

    // The frame that showed the query's results after its last input event, and the search mark it answered.
    private const string Timing = """
        (query) => {
          const input = window.__searchProbe.input;
          if (!input || input.value !== query) return null;
          const shown = window.__searchProbe.shown.find((s) => s.query === query && s.at >= input.at && s.frame > 0);
          if (!shown) return null;
          const marks = performance.getEntriesByName('lectern-search').filter((m) => m.detail === query && m.startTime >= input.at && m.startTime <= shown.at);
          if (!marks.length) return null;
          return [shown.frame - input.at, shown.frame - marks[marks.length - 1].startTime];
        }
        """;

    private readonly IPage _page;
    private readonly List<(IRequest Request, Task<RequestSizesResult> Sizes)> _finished = [];
    private int _inFlight;

    private SearchProbe(IPage page)
    {
        _page = page;
        page.Request += (_, _) => Interlocked.Increment(ref _inFlight);
        page.RequestFailed += (_, _) => Interlocked.Decrement(ref _inFlight);
        page.RequestFinished += (_, request) =>
        {
            lock (_finished) _finished.Add((request, request.SizesAsync()));
            Interlocked.Decrement(ref _inFlight);
        };
    }

    /// <summary>A fresh page on <paramref name="url"/> with the probe in place before the page's own scripts run.</summary>
    public static async Task<SearchProbe> OpenAsync(IBrowserContext context, string url)
    {
        await context.AddInitScriptAsync(PageScript);
        var page = await context.NewPageAsync();
        var probe = new SearchProbe(page);
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        await probe.SettleAsync();
        return probe;
    }

    /// <summary>
    /// Empties the box, then enters <paramref name="query"/>: typed a key at a time <paramref name="keyDelayMs"/>
    /// apart, or at once (as a paste is) when that is 0; waits for its results and for the network to settle.
    /// </summary>
    public async Task<QueryMeasure> MeasureAsync(string query, int keyDelayMs)
    {
        var box = _page.Locator(Box);
        await box.FocusAsync();
        await box.FillAsync("");
        await SettleAsync();
        lock (_finished) _finished.Clear();

        if (keyDelayMs > 0) await box.PressSequentiallyAsync(query, new() { Delay = keyDelayMs });
        else await box.FillAsync(query);
        var timing = await _page.WaitForFunctionAsync(Timing, query, new() { Timeout = 30_000 });
        var ms = await timing.JsonValueAsync<double[]>();
        await SettleAsync();

        List<(IRequest Request, Task<RequestSizesResult> Sizes)> finished;
        lock (_finished) finished = [.. _finished];
        long bytes = 0;
        var compressed = false;
        foreach (var (request, sizes) in finished)
        {
            bytes += (await sizes).ResponseBodySize;
            var response = await request.ResponseAsync();
            compressed |= response is not null && (await response.HeaderValueAsync("content-encoding")) is { Length: > 0 };
        }
        return new QueryMeasure(ms[0], ms[1], finished.Count, bytes, compressed);
    }

    /// <summary>Waits until no request has been in flight for 200 ms (at most 10 s): late fetches of a query count as its own.</summary>
    private async Task SettleAsync()
    {
        var quiet = Stopwatch.StartNew();
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (Volatile.Read(ref _inFlight) > 0) quiet.Restart();
            else if (quiet.ElapsedMilliseconds >= 200) return;
            await Task.Delay(20);
        }
    }
}
