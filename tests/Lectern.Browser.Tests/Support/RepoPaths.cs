namespace Lectern.Browser.Tests.Support;

/// <summary>Locates the repository by its solution file.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Themes => Path.Combine(Root, "themes");
    public static string Tools => Path.Combine(Root, "tests", "Lectern.Browser.Tests", "tools");

    /// <summary>Readings the browser tests add to the seed content (a document with its own headings and lists).</summary>
    public static string TestReadings => Path.Combine(Root, "tests", "Lectern.Browser.Tests", "Content");
    public const string StructuredSlug = "un-charter-iv-vii";
    public const string SeedSlug = "report-2021-06-29-politburo";

    /// <summary>Where screenshots go (ignored by git, kept by CI as test artifacts).</summary>
    public static string Artifacts => Path.Combine(Root, "TestResults", "browser");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lectern.sln"))) return dir.FullName;
        throw new InvalidOperationException("Lectern.sln not found above " + AppContext.BaseDirectory);
    }
}
