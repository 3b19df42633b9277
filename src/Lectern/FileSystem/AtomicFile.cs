using System.Text;

namespace Lectern.FileSystem;

/// <summary>
/// Writes an editor's file by replacing it: the new text goes to a temporary file beside it, which is then
/// renamed over it. A crash leaves the old file or the new one, never half of one; and a symbolic link at
/// the path is replaced by the file, so whatever it pointed at is never written through it.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var temporary = path + ".lectern-tmp";
        try
        {
            // A stale temporary file (or a link in its place) is removed, not written through: the new one is created afresh.
            File.Delete(temporary);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                file.Write(Encoding.UTF8.GetBytes(text));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Whether <paramref name="path"/> holds exactly <paramref name="text"/>; false for a link, which is to be replaced rather than read through.</summary>
    public static bool Holds(string path, string text) =>
        File.Exists(path) && new FileInfo(path).LinkTarget is null && File.ReadAllText(path) == text;
}
