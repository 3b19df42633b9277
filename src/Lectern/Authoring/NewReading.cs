using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lectern.Documents;
using Lectern.Stages.Load;

namespace Lectern.Authoring;

/// <summary>
/// Makes a reading folder for <c>lectern add</c>: the source copied in (as <c>source.pdf</c> or <c>source.txt</c>) and
/// a <c>reading.yml</c> with the title and date found, for the editor to complete. The folder is written under a
/// hidden name beside its place and renamed into it at the end, so a failure leaves no half-made reading.
/// </summary>
public static partial class NewReading
{
    private const int MaxSlugLength = 60;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugChars();

    /// <summary>
    /// A slug of <paramref name="title"/>: its ASCII letters and digits, lower-cased, runs of anything else a hyphen,
    /// at most <see cref="MaxSlugLength"/> characters; empty when it has none (the editor then names the reading).
    /// </summary>
    public static string SlugOf(string title)
    {
        var slug = NotSlugChars().Replace(title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length <= MaxSlugLength) return slug;
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return slug[..(cut > 0 ? cut : MaxSlugLength)];
    }

    /// <summary>The reading.yml of a new reading: the title and date found, and the fields the editor fills in.</summary>
    public static string Metadata(string title, DateOnly? date)
    {
        var yml = new StringBuilder();
        yml.AppendLine("# Metadata of this reading, begun by lectern add with what it found in the source; complete it (docs/editors-guide.md).");
        yml.Append("title: \"").Append(title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\"");
        yml.AppendLine(date is { } d ? $"date: {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "# date: YYYY-MM-DD (the source names no full date)");
        yml.AppendLine("# summary: one or two sentences for the contents page and search results");
        yml.AppendLine("# source:");
        yml.AppendLine("#   title: the original's title");
        yml.AppendLine("#   publisher: who published it");
        yml.AppendLine("#   url: where it was published");
        return yml.ToString();
    }

    /// <summary>Writes the reading folder <paramref name="folder"/> (which must not exist) with the source and its reading.yml.</summary>
    public static void Write(string folder, string sourceFile, bool isPdf, string metadata)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.adding-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            File.Copy(sourceFile, Path.Combine(staging, isPdf ? ContentPaths.PdfSourceFile : ContentPaths.SourceFile));
            File.WriteAllText(Path.Combine(staging, ContentPaths.MetadataFile), metadata, new UTF8Encoding(false));
            Directory.Move(staging, folder);
        }
        catch
        {
            // The staging folder is this command's own; nothing else is in it.
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>How many blocks of each kind a clean text has, for the summary add prints ("12 paragraphs, 3 headings").</summary>
    public static string BlockCounts(CleanText clean) =>
        string.Join(", ", clean.Blocks.GroupBy(b => b.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}{(g.Count() == 1 ? "" : "s")}"));
}
