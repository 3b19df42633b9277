using Lectern.Diagnostics;
using Lectern.FileSystem;

namespace Lectern.Stages.Load;

/// <summary>
/// The check every content file passes before it is opened: it must be a regular file (a folder named
/// <c>reading.yml</c> would otherwise be passed over in silence, and a named pipe would hang the build), and
/// it must lie inside its root once links are followed.
/// </summary>
public static class ContentEntry
{
    /// <summary>
    /// <see cref="EntryKind.File"/> when the file may be read; <see cref="EntryKind.Missing"/> when nothing is there
    /// (the caller decides whether that is an error); <see cref="EntryKind.NotAFile"/> after adding the error that says why it may not.
    /// </summary>
    /// <param name="root">The folder the file must stay inside; null for a file the user named on the command line.</param>
    public static EntryKind Check(ContainedFolder? root, string path, string display, DiagnosticBag diagnostics)
    {
        var kind = FileEntry.Kind(path);
        if (kind == EntryKind.Missing) return kind;
        if (root is not null && !root.Admits(path, display, diagnostics)) return EntryKind.NotAFile;
        if (kind == EntryKind.File) return kind;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotAFile, display, 1, 1, Directory.Exists(path)
            ? $"this is a folder, where Lectern reads the file {Path.GetFileName(path)}; move the folder away and put the file here"
            : "this is not a regular file (a named pipe, socket or device); Lectern reads only regular files: save the text into a file here"));
        return EntryKind.NotAFile;
    }
}
