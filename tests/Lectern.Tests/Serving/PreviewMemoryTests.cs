using System.Text;
using Lectern.Cli.Serving;
using Lectern.Tests.Support;

namespace Lectern.Tests.Serving;

[Collection(ProcessWideState.Name)]
public class PreviewMemoryTests
{
    [Fact]
    public async Task A_large_page_is_tagged_as_it_is_sent_not_held_in_memory()
    {
        using var site = new TempSite(copyContent: false);
        Directory.CreateDirectory(site.Output);
        const int PageBytes = 32 * 1024 * 1024;
        var paragraph = Encoding.UTF8.GetBytes("<p>A paragraph of a long reading, one of very many on this page.</p>\n");
        await using (var page = File.Create(Path.Combine(site.Output, "index.html")))
        {
            page.Write("<html><head><title>long</title></head><body>\n"u8);
            for (var written = 0; written < PageBytes; written += paragraph.Length) page.Write(paragraph);
            page.Write("</body></html>\n"u8);
        }
        var fileLength = new FileInfo(Path.Combine(site.Output, "index.html")).Length;
        await using var server = await StaticSiteServer.StartAsync(site.Output, "/", live: new LiveReload());
        using var http = new HttpClient();
        var buffer = new byte[81920];

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var request = 0; request < 3; request++)
        {
            using var response = await http.GetAsync(server.Url, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            long received = 0;
            for (int read; (read = await body.ReadAsync(buffer)) > 0;) received += read;
            Assert.Equal(fileLength + ReloadTagStream.TagBytes.Length, received);
            Assert.Equal(received, response.Content.Headers.ContentLength);
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // Buffering the page even once per request would allocate three times its size.
        Assert.True(allocated < fileLength, $"{allocated / 1048576} MiB allocated to serve a {fileLength / 1048576} MiB page three times");
    }
}
