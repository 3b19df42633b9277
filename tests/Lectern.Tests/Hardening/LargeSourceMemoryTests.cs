using System.Diagnostics;
using System.Text.RegularExpressions;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Stages.Layout;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>
/// A reading's memory stays proportional to its text, whatever the text is made of: a source of millions of
/// blank lines (8 MB, the largest a reading takes) once cost an object and an anchor per line, 1.5 GB in all.
/// Measured in bytes allocated (the cleaner and the listing run on one thread) and in a build's peak memory.
/// </summary>
public class LargeSourceMemoryTests
{
    private const int SourceBytes = 8 * 1024 * 1024;

    /// <summary>The budget: twenty times the source's size in bytes.</summary>
    private const long Budget = 20L * SourceBytes;

    /// <summary>The seed report with its end mark pushed to the end of an 8 MB file by blank lines.</summary>
    private static string BlankLineSource()
    {
        var seed = File.ReadAllText(RepoPaths.SeedSource);
        var end = seed.IndexOf("-0-", StringComparison.Ordinal);
        return seed[..end] + new string('\n', SourceBytes - seed.Length) + seed[end..];
    }

    [Fact]
    public void Cleaning_a_source_of_blank_lines_allocates_in_proportion_to_its_size()
    {
        var source = BlankLineSource();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = TextCleaner.Clean(source);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(result.FidelityError);
        Assert.Equal(RepoPaths.Expected.Paragraphs, result.Text.Paragraphs);
        Assert.True(allocated <= Budget, $"cleaning allocated {allocated / 1048576} MiB for an 8 MiB source");
    }

    [Fact]
    public void Listing_a_source_of_blank_lines_allocates_in_proportion_to_its_size()
    {
        var source = BlankLineSource();
        var decisions = TextCleaner.Clean(source).Text.Report.Decisions;
        var page = new CountingWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();

        _ = SourceListing.Html(source, decisions).WriteToAsync(page, Theme.Encoder, System.Globalization.CultureInfo.InvariantCulture);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= Budget, $"the listing allocated {allocated / 1048576} MiB for an 8 MiB source");
        Assert.True(page.Written <= Budget, $"the listing is {page.Written / 1048576} MiB of text");
    }

    [Fact]
    public void Building_a_source_of_blank_lines_stays_within_twenty_times_its_size_above_the_seeds_build()
    {
        using var site = new TempSite();
        var seedPeak = PeakOfBuild(site);
        File.WriteAllText(Path.Combine(site.ReadingDir(), "source.txt"), BlankLineSource());

        var peak = PeakOfBuild(site);

        Assert.True(peak - seedPeak <= Budget / 1048576, $"the build's peak memory was {peak} MiB against {seedPeak} MiB for the seed");
    }

    /// <summary>Builds in a process of its own and returns the peak memory (MiB) its summary line reports.</summary>
    private static long PeakOfBuild(TempSite site)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Lectern.Cli.exe" : "Lectern.Cli");
        var start = new ProcessStartInfo(cli, ["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr.Result);
        return long.Parse(Regex.Match(stdout, @"peak memory (\d+) MiB").Groups[1].Value);
    }

    private sealed class CountingWriter : TextWriter
    {
        public long Written { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Written++;

        public override void Write(ReadOnlySpan<char> buffer) => Written += buffer.Length;

        public override void Write(string? value) => Written += value?.Length ?? 0;

        public override void Write(char[] buffer, int index, int count) => Written += count;
    }
}
