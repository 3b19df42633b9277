namespace Lectern.Tests.Support;

/// <summary>A throw-away copy of the repository's content and themes, for tests that change or build them.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(bool copyContent = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "lectern-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (copyContent) CopyDirectory(RepoPaths.Content, Content);
        else Directory.CreateDirectory(Content);
        CopyDirectory(RepoPaths.Themes, Themes);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Themes => Path.Combine(Root, "themes");
    public string Output => Path.Combine(Root, "_site");

    public string ReadingDir(string slug = RepoPaths.SeedSlug) => Path.Combine(Content, "readings", slug);

    /// <summary>Puts <paramref name="yaml"/> at the top of the seed's reading.yml, so its lines are 1 and on.</summary>
    public void PrependToReadingYml(string yaml)
    {
        var path = Path.Combine(ReadingDir(), "reading.yml");
        File.WriteAllText(path, yaml + File.ReadAllText(path));
    }

    public Lectern.Pipeline.BuildOptions Options(string? basePath = null) => new()
    {
        ContentDir = Content,
        OutputDir = Output,
        ThemesDir = Themes,
        BasePath = basePath,
    };

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file below <paramref name="dir"/> with its bytes, for before/after comparisons.</summary>
    public static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
