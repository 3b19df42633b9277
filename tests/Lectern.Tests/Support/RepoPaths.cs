using System.Text.Json;

namespace Lectern.Tests.Support;

/// <summary>Locates the repository (by its solution file) and the test data in it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Themes => Path.Combine(Root, "themes");
    /// <summary>Extractions of the seed report by real tools, with its true text (expected.json); see its README.</summary>
    public static string Samples => Path.Combine(Root, "tests", "Lectern.Tests", "Clean", "Samples");
    public static string CleanTools => Path.Combine(Root, "tests", "Lectern.Tests", "Clean", "Tools");
    public const string SeedSlug = "report-2021-06-29-politburo";

    /// <summary>The seed's reading.yml as diagnostics name it (relative to the content folder).</summary>
    public const string SeedReadingYml = "readings/" + SeedSlug + "/reading.yml";
    public static string SeedSource => Path.Combine(Content, "readings", SeedSlug, "source.txt");

    public static ExpectedReport Expected { get; } = LoadExpected();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lectern.sln"))) return dir.FullName;
        throw new InvalidOperationException("Lectern.sln not found above " + AppContext.BaseDirectory);
    }

    private static ExpectedReport LoadExpected()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "expected.json")));
        var root = json.RootElement;
        return new ExpectedReport(
            root.GetProperty("title").GetString()!,
            root.GetProperty("dateline").GetString()!,
            root.GetProperty("endmark").GetString()!,
            root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList());
    }
}

public sealed record ExpectedReport(string Title, string Dateline, string EndMark, IReadOnlyList<string> Paragraphs);
