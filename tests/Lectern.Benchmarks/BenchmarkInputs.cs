namespace Lectern.Benchmarks;

/// <summary>Locates the repository's content for benchmark inputs.</summary>
public static class BenchmarkInputs
{
    public static string Root { get; } = FindRoot();

    public static string SeedSource => Path.Combine(Root, "content", "readings", "report-2021-06-29-politburo", "source.txt");

    /// <summary>A structured document of the clean tests: the UN Charter's chapters IV-VII typeset by groff, extracted by pdftotext -raw.</summary>
    public static string StructuredDocument => Path.Combine(Root, "tests", "Lectern.Tests", "Clean", "Documents", "variants", "un-charter-309.txt");

    /// <summary>A PDF of the clean tests: the KCNA speech typeset by groff (A5, 9 pt, 8 pages).</summary>
    public static string Pdf => Path.Combine(Root, "tests", "Lectern.Tests", "Clean", "Pdf", "kcna-speech-498481.pdf");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lectern.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lectern.sln"))) return dir.FullName;
        throw new InvalidOperationException("Lectern.sln not found");
    }
}
