using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Stages.Clean;
using Lectern.Stages.Enrich;
using Lectern.Stages.Layout;
using Lectern.Stages.Load;
using Lectern.Stages.Render;
using Lectern.Stages.Write;
using Lectern.Tests.Support;

namespace Lectern.Tests.Layout;

/// <summary>
/// A reading's files are written from buffers each thread reuses: what a sink is handed is valid during the
/// call only, so the files kept in memory must be copies, and the staged output must hold the same bytes.
/// </summary>
public class ReadingFilesTests
{
    [Fact]
    public void Files_kept_in_memory_stay_as_they_were_made_when_the_thread_lays_out_another_reading()
    {
        var (context, reading) = SeedLayout();
        var other = reading with { Slug = "another-reading" };

        var first = ReadingFiles(context, reading).ToDictionary(f => f.RelativePath, f => f.Content);
        var second = ReadingFiles(context, other);
        var again = ReadingFiles(context, reading);

        // The page, its source notes, its notes as JSON-LD, and the words of its search hits.
        Assert.Equal(3, first.Keys.Count(path => !path.StartsWith(reading.Slug + "/search-", StringComparison.Ordinal)));
        Assert.Contains(reading.Slug + "/search-0.json", first.Keys);
        Assert.All(again, file => Assert.Equal(file.Content, first[file.RelativePath]));
        Assert.All(second, file => Assert.StartsWith("another-reading/", file.RelativePath));
        Assert.NotEqual(first[reading.Slug + "/index.html"], second.Single(f => f.RelativePath == "another-reading/index.html").Content);
    }

    [Fact]
    public void The_staged_output_holds_the_bytes_the_layout_made()
    {
        var (context, reading) = SeedLayout();
        var expected = ReadingFiles(context, reading);
        var folder = Path.Combine(Path.GetTempPath(), "lectern-reading-files-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var output = StagedOutput.Begin(folder))
            {
                LayoutStage.WriteReadingFiles(context, reading, output);
                output.Commit();
            }
            foreach (var file in expected)
                Assert.Equal(file.Content, File.ReadAllBytes(Path.Combine(folder, file.RelativePath)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            File.Delete(folder + OutputLock.Suffix);
        }
    }

    private static (LayoutContext Context, Reading Reading) SeedLayout()
    {
        var diagnostics = new DiagnosticBag();
        var site = LoadStage.Execute(RepoPaths.Content, diagnostics);
        var links = new LinkBuilder("/", site.Config.BaseUrl);
        var reading = RenderStage.Execute(CleanStage.Execute(site.Readings.Single(r => r.Slug == RepoPaths.SeedSlug), diagnostics));
        var enriched = EnrichStage.Execute(reading, site with { Readings = [reading] }, links, diagnostics);
        var theme = Theme.Load(RepoPaths.Themes, "default", diagnostics)!;
        Assert.False(diagnostics.HasErrors);
        return (new LayoutContext(theme, site with { Readings = [enriched] }, null, links, diagnostics), enriched);
    }

    private static IReadOnlyCollection<OutputFile> ReadingFiles(LayoutContext context, Reading reading)
    {
        var files = new OutputFiles();
        LayoutStage.WriteReadingFiles(context, reading, files);
        return files.Files;
    }
}
