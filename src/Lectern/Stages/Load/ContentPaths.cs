namespace Lectern.Stages.Load;

/// <summary>Where content lives inside a content folder, and how paths are shown in diagnostics.</summary>
public static class ContentPaths
{
    public const string SiteFile = "site.yml";
    public const string GlossaryFile = "glossary.yml";
    public const string ReadingsFolder = "readings";
    public const string SourceFile = "source.txt";
    /// <summary>A reading's source as a PDF, read in place of <see cref="SourceFile"/>.</summary>
    public const string PdfSourceFile = "source.pdf";
    public const string MetadataFile = "reading.yml";
    public const string AnchorLockFile = "anchors.lock";

    /// <summary>A path relative to the working directory when it lies below it, so editors can click it.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary><c>Display(Path.Combine(dir, name))</c> from <c>Display(dir)</c>, without asking the file system again.</summary>
    public static string DisplayIn(string displayDir, string name) =>
        displayDir == "." ? name : Path.Join(displayDir, name);
}
