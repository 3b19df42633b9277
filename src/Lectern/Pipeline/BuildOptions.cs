namespace Lectern.Pipeline;

/// <summary>What to build and where. Null fields take their defaults from the content folder.</summary>
public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    public string OutputDir { get; init; } = "_site";

    /// <summary>Folder holding the themes; defaults to <c>themes</c> beside the content folder.</summary>
    public string? ThemesDir { get; init; }

    /// <summary>Overrides <c>basePath</c> from site.yml.</summary>
    public string? BasePath { get; init; }

    /// <summary>Overrides <c>baseUrl</c> from site.yml: scheme and host for canonical and sitemap URLs.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Called as each reading finishes processing: (done, total).</summary>
    public Action<int, int>? Progress { get; init; }

    public string ResolveThemesDir() =>
        ThemesDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ContentDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "themes");
}
