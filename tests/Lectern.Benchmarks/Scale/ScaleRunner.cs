using System.Globalization;
using System.Text.RegularExpressions;
using Lectern.Benchmarks.Corpus;

namespace Lectern.Benchmarks.Scale;

/// <summary>
/// Times whole builds of generated libraries of 1, 100 and 1,000 readings with the published CLI,
/// as a separate process like a user runs it, and, where Hugo is installed, Hugo's build of the
/// same cleaned readings, side by side.
/// </summary>
public static partial class ScaleRunner
{
    public static int Run(IReadOnlyList<int> sizes, int runs)
    {
        var cli = Path.Combine(BenchmarkInputs.Root, PublishedCli);
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"Publish the CLI first, as build.ps1 -Target Bench does: {PublishCommand} (missing {cli})");
            return 2;
        }
        var work = Path.Combine(Path.GetTempPath(), "lectern-scale");
        var themes = Path.Combine(BenchmarkInputs.Root, "themes");
        var hugo = ProcessTimer.Exists("hugo");

        Console.WriteLine("| readings | lectern build (s) | ms per reading | peak memory (MiB) | hugo (s) | lectern / hugo |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var content = Path.Combine(work, $"content-{n}");
            CorpusGenerator.Generate(content, n);

            // Every run, Lectern's and Hugo's, builds into an empty folder: the whole build, nothing reused.
            var site = Path.Combine(work, $"site-{n}");
            var lectern = Best(runs, () =>
            {
                DeleteIfExists(site);
                var (elapsed, output) = ProcessTimer.Run(cli, "build", "--content", content, "--output", site, "--themes", themes);
                return (elapsed, PeakMemory(output));
            });

            var hugoCell = "n/a";
            var ratioCell = "n/a";
            if (hugo)
            {
                var hugoSite = Path.Combine(work, $"hugo-{n}");
                HugoSiteWriter.Write(content, hugoSite);
                var published = Path.Combine(hugoSite, "public");
                var best = Best(runs, () =>
                {
                    DeleteIfExists(published);
                    return (ProcessTimer.Run("hugo", "--quiet", "--source", hugoSite, "--destination", published).Elapsed, 0);
                });
                hugoCell = Seconds(best.Elapsed);
                ratioCell = (lectern.Elapsed.TotalSeconds / best.Elapsed.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
            }

            Console.WriteLine($"| {n} | {Seconds(lectern.Elapsed)} | {(lectern.Elapsed.TotalMilliseconds / n).ToString("0.00", CultureInfo.InvariantCulture)} | {lectern.PeakMiB} | {hugoCell} | {ratioCell} |");
        }
        return 0;
    }

    /// <summary>The CLI as published for this platform: compiled ahead of time (Native AOT, see Lectern.Cli.csproj).</summary>
    private static readonly string PublishedCli = OperatingSystem.IsWindows() ? "artifacts/lectern/Lectern.Cli.exe" : "artifacts/lectern/Lectern.Cli";

    private const string PublishCommand = "dotnet publish src/Lectern.Cli -c Release --use-current-runtime -o artifacts/lectern";

    private static (TimeSpan Elapsed, int PeakMiB) Best(int runs, Func<(TimeSpan, int)> run)
    {
        var results = Enumerable.Range(0, runs).Select(_ => run()).ToList();
        return results.MinBy(r => r.Item1);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static int PeakMemory(string output)
    {
        var match = PeakPattern().Match(output);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"peak memory (\d+) MiB")]
    private static partial Regex PeakPattern();
}
