using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Stages.Load;

namespace Lectern.Pipeline;

/// <summary>The build's one <see cref="LinkBuilder"/>: base path and base URL from the options, else from site.yml.</summary>
public static class SiteLinks
{
    public static LinkBuilder Create(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        var baseUrl = options.BaseUrl ?? config.BaseUrl;
        if (!string.IsNullOrWhiteSpace(baseUrl) && !IsSchemeAndHost(baseUrl))
        {
            var siteFile = ContentPaths.Display(Path.Combine(options.ContentDir, ContentPaths.SiteFile));
            var (where, (line, column)) = options.BaseUrl is null ? (siteFile, YamlKeyLocator.Find(siteFile, "baseUrl")) : ("--base-url", (1, 1));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BaseUrlInvalid, where, line, column,
                $"baseUrl '{baseUrl}' must be a scheme and host only, e.g. https://user.github.io; put a sub-path such as /repository/ in basePath (or --base-path)"));
        }
        // The command line checks --base-path before a build; this is for callers that set the option themselves.
        if (BasePathRule.Problem(options.BasePath) is { } problem)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BasePathInvalid, "--base-path", 1, 1,
                $"--base-path '{options.BasePath}' is not a base path: {problem}; {BasePathRule.Expected}"));
        return new LinkBuilder(options.BasePath ?? config.BasePath, baseUrl);
    }

    private static bool IsSchemeAndHost(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
