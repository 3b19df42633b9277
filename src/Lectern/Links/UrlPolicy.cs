namespace Lectern.Links;

/// <summary>
/// Which link targets Lectern writes into pages: http, https, mailto and relative URLs. Everything
/// else (javascript:, data:, vbscript:, file:, ...) could run code or load from elsewhere.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public const string Allowed = "http, https, mailto or a relative link";

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = url.AsSpan().ContainsAnyInRange('\0', ' ') || url.Contains('\u007F')
            ? string.Concat(url.Where(c => c > ' ' && c != '\u007F'))
            : url;
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var scheme = compact.AsSpan(0, colon);
        if (scheme.IndexOfAny('/', '?', '#') >= 0) return true;
        foreach (var allowed in AllowedSchemes)
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
