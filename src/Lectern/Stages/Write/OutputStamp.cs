namespace Lectern.Stages.Write;

/// <summary>
/// Which build's output a folder holds, as far as a later build in the same process needs to know: every
/// whole build writes a new <see cref="OutputMarker"/>, so a marker with another time means the
/// output was replaced (another <c>lectern build</c>, a restore) and is no longer the one remembered.
/// </summary>
public readonly record struct OutputStamp(DateTime MarkerWritten, long MarkerLength)
{
    /// <summary>The stamp of the output at <paramref name="outputDir"/>; default when it has no marker.</summary>
    public static OutputStamp Read(string outputDir)
    {
        var marker = new FileInfo(Path.Combine(outputDir, OutputMarker.FileName));
        return marker.Exists && marker.LinkTarget is null ? new OutputStamp(marker.LastWriteTimeUtc, marker.Length) : default;
    }
}
