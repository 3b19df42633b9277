namespace Lectern.Stages.Load;

/// <summary>
/// Finds where a key's value is in a YAML file, for a check made after reading: the content records keep a
/// position per mapping, not per field. Only an error needs it, so the file is read again then, not before.
/// </summary>
public static class YamlKeyLocator
{
    /// <summary>
    /// The line and column of the value of <paramref name="key"/> in the block mapping whose keys are indented by
    /// <paramref name="indent"/> spaces and which starts at line <paramref name="fromLine"/>; that start when the
    /// key is not found there (a flow mapping, say) or the file cannot be read.
    /// </summary>
    public static (int Line, int Column) Find(string path, string key, int fromLine = 1, int indent = 0)
    {
        var fallback = (Math.Max(fromLine, 1), indent + 1);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return fallback;
        }
        for (var i = Math.Max(fromLine, 1) - 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var spaces = line.Length - line.TrimStart(' ').Length;
            if (spaces == line.Length || line[spaces] == '#') continue;
            // A line indented less than the mapping's keys, after its first, ends the mapping.
            if (spaces < indent && i > fromLine - 1) break;
            if (spaces != indent || !line.AsSpan(spaces).StartsWith(key, StringComparison.Ordinal)) continue;
            var colon = spaces + key.Length;
            if (colon >= line.Length || line[colon] != ':') continue;
            var value = colon + 1;
            while (value < line.Length && line[value] == ' ') value++;
            return (i + 1, value + 1);
        }
        return fallback;
    }
}
