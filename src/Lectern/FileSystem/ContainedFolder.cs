using Lectern.Diagnostics;

namespace Lectern.FileSystem;

/// <summary>
/// A folder Lectern reads from (the content folder, the themes folder) and may not read outside of: a
/// symbolic link below it that leads elsewhere (a <c>source.txt</c> linking to <c>/etc/passwd</c>, a reading
/// folder linking to a home folder) would publish what is not content. Links that stay inside are followed.
/// </summary>
public sealed class ContainedFolder
{
    private readonly string _given;
    private readonly string _real;

    /// <param name="folder">The folder as the user named it; it may itself be a link (the user chose it).</param>
    /// <param name="name">How messages name it, e.g. "the content folder".</param>
    public ContainedFolder(string folder, string name)
    {
        _given = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _real = RealPath.Of(_given);
        Name = name;
    }

    public string Name { get; }

    /// <summary>Where <paramref name="path"/> (a path below the folder) really leads, with every link followed.</summary>
    public string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        return RealPath.IsWithin(full, _given)
            ? RealPath.Resolve(_real, Path.GetRelativePath(_given, full))
            : RealPath.Of(full);
    }

    /// <summary>Whether a path resolved by <see cref="Resolve"/> lies inside the folder.</summary>
    public bool Holds(string resolved) => RealPath.IsWithin(resolved, _real);

    /// <summary>Where <paramref name="path"/> (a path below the folder) really leads, when that is outside the folder; null when it stays inside.</summary>
    public string? Escape(string path) => Resolve(path) is var real && Holds(real) ? null : real;

    /// <summary>Whether <paramref name="path"/> stays inside the folder; if not, adds a <see cref="DiagnosticCodes.PathLeavesRoot"/> error at <paramref name="display"/>.</summary>
    public bool Admits(string path, string display, DiagnosticBag diagnostics)
    {
        if (Escape(path) is not { } target) return true;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathLeavesRoot, display, 1, 1,
            $"this is a symbolic link to {target}, outside {Name}; Lectern reads only what is inside it: copy the file in instead of linking to it"));
        return false;
    }
}
