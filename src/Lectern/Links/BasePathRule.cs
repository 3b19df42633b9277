using System.Buffers;

namespace Lectern.Links;

/// <summary>
/// What a base path may be: <c>/</c>, or <c>/segment/…/</c> whose segments hold only URL-path-safe
/// characters. Every URL of the site starts with it and the preview redirects to it, so anything more
/// (a backslash, a second slash, a scheme, a dot segment, an escape) could send links to another origin.
/// </summary>
public static class BasePathRule
{
    /// <summary>RFC 3986's unreserved characters: they mean the same in every part of a URL and need no escaping.</summary>
    private static readonly SearchValues<char> SegmentCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    public const string Expected = "a base path is / or /segment/…/ (each segment letters, digits, '-', '.', '_' or '~'), e.g. /lectern/";

    /// <summary>Null when <paramref name="basePath"/> is a base path (or unset, which means /); else what is wrong with it.</summary>
    public static string? Problem(string? basePath)
    {
        if (string.IsNullOrEmpty(basePath) || basePath == "/") return null;
        if (basePath[0] != '/' || basePath[^1] != '/') return "it must start and end with '/'";
        foreach (var segment in basePath[1..^1].Split('/'))
        {
            if (segment.Length == 0) return "it has an empty segment ('//')";
            if (segment is "." or "..") return $"it has the segment '{segment}'";
            var bad = segment.AsSpan().IndexOfAnyExcept(SegmentCharacters);
            if (bad >= 0) return $"the character '{segment[bad]}' may not appear in it";
        }
        return null;
    }
}
