using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Lectern.FileSystem;

/// <summary>What is at a path where Lectern expects a file it will read.</summary>
public enum EntryKind
{
    Missing,
    File,

    /// <summary>A folder, a named pipe, a socket or a device: opening a pipe would wait for a writer forever.</summary>
    NotAFile,
}

/// <summary>Tells files from what only looks like one in a folder listing, without opening (and so blocking on) a named pipe.</summary>
public static class FileEntry
{
    public static EntryKind Kind(string path)
    {
        if (Directory.Exists(path)) return EntryKind.NotAFile;
        var info = new FileInfo(path);
        if (!info.Exists) return EntryKind.Missing;
        // A pipe, socket or device reports no length; a regular file with bytes is never one of them.
        return info.Length > 0 || IsSeekable(path) ? EntryKind.File : EntryKind.NotAFile;
    }

    /// <summary>A regular file can be positioned in; a pipe or socket cannot. Opened without waiting for a pipe's writer.</summary>
    private static bool IsSeekable(string path)
    {
        if (OperatingSystem.IsWindows()) return true;
        int descriptor;
        try
        {
            descriptor = UnixOpen(path, OpenReadOnlyNonBlocking);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
        if (descriptor < 0) return true; // unreadable: opening it later reports why
        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return stream.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    // O_RDONLY | O_NONBLOCK: the flag's value is the one place the Unix systems differ here.
    private static int OpenReadOnlyNonBlocking => OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 0x4 : 0x800;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int UnixOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
