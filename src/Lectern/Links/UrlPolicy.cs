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
        var compact = string.Concat(url.Where(c => c > ' ' && c != '\u007F'));
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return true;
        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
