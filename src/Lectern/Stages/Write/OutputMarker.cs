namespace Lectern.Stages.Write;

/// <summary>
/// The file every build writes at the top of its output, so that a later build knows the folder is Lectern's
/// to replace: a folder without it (a clone, the content folder, someone's documents) is refused, as MkDocs
/// and Hugo users expect <c>site/</c> or <c>public/</c> alone to be the tool's. A dotfile that no page links
/// to: GitHub Pages publishes it with the site (the Pages workflow uploads hidden files, for <c>.nojekyll</c>),
/// where it is harmless, and the preview server does not serve it.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".lectern-output";

    public static ReadOnlySpan<byte> Content =>
        "This folder is made by Lectern: every build replaces it whole. Lectern replaces only a folder that holds this file (or an empty one).\n"u8;

    /// <summary>Whether Lectern may replace or delete <paramref name="folder"/>: it is empty or holds the marker.</summary>
    public static bool IsLecterns(string folder) =>
        File.Exists(Path.Combine(folder, FileName)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    public static void WriteInto(string folder)
    {
        using var handle = File.OpenHandle(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, Content, 0);
    }
}
