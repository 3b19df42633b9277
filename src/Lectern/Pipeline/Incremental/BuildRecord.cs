using Lectern.Stages.Write;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// Where a build leaves what the next build of the same output, in another process, may use again: the folder
/// beside the output named like it with <see cref="Suffix"/> (<c>_site.lectern-cache</c>), so that it is never
/// published with the site. The folder carries Lectern's <see cref="OutputMarker"/>: a folder of that name that
/// Lectern did not make, or a link, is neither read nor written. The record is read only when it was written by
/// this very Lectern for the same content, themes, output and working folder (diagnostics name files relative
/// to it); anything else about it, and the build is whole. It is written into a new file renamed over the old
/// one, so it is never written through a link nor seen half written.
/// </summary>
internal sealed class BuildRecord
{
    public const string Suffix = ".lectern-cache";
    private const string FileName = "build.record";

    private readonly string _folder;
    private readonly string _key;

    public BuildRecord(BuildOptions options)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDir));
        _folder = output + Suffix;
        _key = string.Join("\n", LecternIdentity.Current, Environment.CurrentDirectory, Path.GetFullPath(options.ContentDir),
            Path.GetFullPath(options.ResolveThemesDir()), output);
    }

    private string FilePath => Path.Combine(_folder, FileName);

    /// <summary>What the last build recorded; null when there is no record this build can trust.</summary>
    public RecordedBuild? Read()
    {
        try
        {
            if (!IsLecterns(mustExist: true)) return null;
            var file = new FileInfo(FilePath);
            if (!file.Exists || file.LinkTarget is not null) return null;
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            return BuildRecordFormat.Read(stream, _key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Records <paramref name="build"/>. A record that cannot be written is no error: the next build is whole.</summary>
    public void Write(RecordedBuild build)
    {
        var temporary = FilePath + ".new";
        try
        {
            if (!IsLecterns(mustExist: false)) return;
            if (!Directory.Exists(_folder))
            {
                Directory.CreateDirectory(_folder);
                OutputMarker.WriteInto(_folder);
            }
            File.Delete(temporary);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
                BuildRecordFormat.Write(stream, _key, build);
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Delete();
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Left in Lectern's own folder, where the next write deletes it first.
            }
        }
    }

    /// <summary>Removes the record, as the output it names is about to change.</summary>
    public void Delete()
    {
        try
        {
            if (IsLecterns(mustExist: true)) File.Delete(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A record left behind still names the output as it was, and the next build finds that the output is not.
        }
    }

    /// <summary>Whether the folder is Lectern's own: a real folder holding the marker (or, about to be made, not there yet).</summary>
    private bool IsLecterns(bool mustExist)
    {
        var folder = new DirectoryInfo(_folder);
        if (!folder.Exists) return !mustExist && !File.Exists(_folder) && folder.LinkTarget is null;
        var marker = new FileInfo(Path.Combine(_folder, OutputMarker.FileName));
        return folder.LinkTarget is null && marker.Exists && marker.LinkTarget is null;
    }
}
