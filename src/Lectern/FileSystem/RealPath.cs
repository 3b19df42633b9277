namespace Lectern.FileSystem;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed, as POSIX <c>realpath</c> resolves
/// it but without needing the path to exist (a missing part is taken as it is written). .NET resolves only the
/// last link of a path (<see cref="FileSystemInfo.ResolveLinkTarget"/>); a folder link earlier in the path leads
/// out just as well, so each part is looked at in turn.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this in one path is a loop (Linux gives up after 40 as well).</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..]);
    }

    /// <summary>
    /// <paramref name="relative"/> resolved below <paramref name="resolvedBase"/>, a folder already resolved
    /// (by <see cref="Of"/>): only the parts below it are looked at, so checking many files below one root costs
    /// a look at each file's own parts only.
    /// </summary>
    public static string Resolve(string resolvedBase, string relative)
    {
        var pending = new Stack<string>(Parts(relative).Reverse());
        var current = resolvedBase;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"too many symbolic links in {next}");
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            foreach (var targetPart in Parts(target).Reverse()) pending.Push(targetPart);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies below it (both resolved and full).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(trimmed, comparison)
            || (path.StartsWith(trimmed, comparison) && path.Length > trimmed.Length
                && (Path.EndsInDirectorySeparator(trimmed) || path[trimmed.Length] == Path.DirectorySeparatorChar));
    }

    /// <summary>Whether a part of <paramref name="relative"/> below <paramref name="folder"/> is a symbolic link (the folder itself is not looked at).</summary>
    public static bool HasLinkBelow(string folder, string relative)
    {
        var current = folder;
        foreach (var part in Parts(relative))
        {
            current = Path.Join(current, part);
            if (LinkTarget(current) is not null) return true;
        }
        return false;
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not there, or not readable: no link to follow; reading it fails later with its own error.
            return null;
        }
    }
}
