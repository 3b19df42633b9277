using System.Diagnostics;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Real extractions of the report (groff-typeset, then nroff, pdftotext, pdftotext -layout, and
/// browser-style running headers and footers) clean to the true title, dateline, paragraphs and end
/// mark: the shared samples, samples committed here, and a spread generated at run time when groff
/// and poppler are installed.
/// </summary>
public class SampleTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Samples, "*.txt").Order()) data.Add(f);
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Clean", "Samples"), "*.txt").Order()) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_sample_cleans_to_the_true_report(string path) => AssertCleansToExpected(File.ReadAllText(path));

    /// <summary>Settings in none of the committed samples; each run picks a different few.</summary>
    [Fact]
    public void Generated_samples_at_other_settings_clean_to_the_true_report()
    {
        var script = Path.Combine(RepoPaths.Shared, "tools", "make-samples.sh");
        if (!File.Exists(script) || !OnPath("groff") || !OnPath("pdftotext")) return;
        var dir = Directory.CreateTempSubdirectory("lectern-samples-");
        try
        {
            var random = new Random();
            string[] papers = ["a4", "a5", "letter"];
            for (var k = 0; k < 3; k++)
            {
                var paper = papers[random.Next(papers.Length)];
                var maxWidth = paper == "a5" ? 5.4 : 7.5; // wider blocks fall off an A5 page and lose words
                var width = Math.Round(3.5 + random.NextDouble() * (maxWidth - 3.5), 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var points = random.Next(9, 13).ToString();
                Run("bash", script, dir.FullName, width, paper, points);
            }
            var files = dir.GetFiles("*.txt").Where(f => !f.Name.StartsWith("pdftotext-ll")).ToList();
            Assert.NotEmpty(files);
            foreach (var file in files)
                AssertCleansToExpected(File.ReadAllText(file.FullName), file.Name);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void AssertCleansToExpected(string raw, string? name = null)
    {
        var expected = RepoPaths.Expected;
        var result = TextCleaner.Clean(raw);
        Assert.True(result.FidelityError is null, $"{name}: {result.FidelityError}");
        Assert.Equal(expected.Title, result.Text.Title);
        Assert.Equal(expected.Dateline, result.Text.Dateline);
        Assert.Equal(expected.EndMark, result.Text.EndMark);
        Assert.Equal(expected.Paragraphs, result.Text.Paragraphs);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }
}
