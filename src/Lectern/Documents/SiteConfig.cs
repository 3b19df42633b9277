namespace Lectern.Documents;

/// <summary>The contents of <c>content/site.yml</c>. Every field is optional.</summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "Lectern";
    public string? Description { get; set; }

    /// <summary>Scheme and host of the published site, e.g. <c>https://user.github.io</c>; used for canonical URLs.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The sub-path the site is served under, e.g. <c>/lectern/</c>. <c>--base-path</c> overrides it.</summary>
    public string BasePath { get; set; } = "/";

    public string Theme { get; set; } = "default";
    public string Language { get; set; } = "en";

    /// <summary>Written to <c>CNAME</c> for a GitHub Pages custom domain.</summary>
    public string? Cname { get; set; }

    public GlossarySettings Glossary { get; set; } = new();
}

public sealed class GlossarySettings
{
    /// <summary><c>first-per-section</c> (default), <c>every</c> or <c>none</c>.</summary>
    public string Marking { get; set; } = "first-per-section";
}
