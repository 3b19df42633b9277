using System.Security.Cryptography;
using Lectern.FileSystem;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// What a reading folder holds, as one digest of every file's path and bytes, with each file's size and
/// time, so that the next build can tell an unchanged folder from its file times alone. A time is trusted
/// only when it is older than the digest by more than <see cref="Settled"/>: a file written again within
/// the file system's clock tick keeps its time, and is read again until that tick is safely past.
/// </summary>
internal sealed record ReadingSources(string Digest, IReadOnlyList<SourceFileStamp> Files, DateTime Taken)
{
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The sources of the folder at <paramref name="folder"/>, reusing <paramref name="last"/>'s digest when no
    /// file changed; null for a folder that holds a link (what it leads to can change unseen), a named pipe, socket or
    /// device (reading it for the digest would wait forever; the reading is built afresh, and Load reports it) or cannot be read.
    /// </summary>
    public static ReadingSources? Of(string folder, ReadingSources? last)
    {
        try
        {
            var taken = DateTime.UtcNow;
            var root = new DirectoryInfo(folder);
            if (!root.Exists || root.LinkTarget is not null) return null;
            var files = new List<SourceFileStamp>();
            foreach (var entry in root.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                if (entry.LinkTarget is not null) return null;
                var length = entry is FileInfo file ? file.Length : -1;
                if (length == 0 && FileEntry.Kind(entry.FullName) != EntryKind.File) return null;
                files.Add(new SourceFileStamp(Path.GetRelativePath(folder, entry.FullName), length, entry.LastWriteTimeUtc));
            }
            files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            if (last is not null && last.Files.SequenceEqual(files) && files.All(f => f.Written < last.Taken - Settled))
                return last;
            return new ReadingSources(DigestOf(folder, files), files, taken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string DigestOf(string folder, List<SourceFileStamp> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Path + "\n" + file.Length + "\n"));
            if (file.Length >= 0) hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file.Path)));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

}

/// <summary>One file (or, with length -1, folder) in a reading folder: its path in the folder, its size and when it was last written.</summary>
internal readonly record struct SourceFileStamp(string Path, long Length, DateTime Written);
