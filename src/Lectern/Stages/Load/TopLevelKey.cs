namespace Lectern.Stages.Load;

/// <summary>
/// Where a top-level key's value starts in a YAML file, for a check made after the file was read into a
/// record that keeps no positions of its scalars. Read again only when there is an error to place.
/// </summary>
public static class TopLevelKey
{
    /// <summary>Line and column (1-based) of the value of <paramref name="key"/>, or of the key when it has none on its line; 1:1 when it is not found.</summary>
    public static (int Line, int Column) Position(string path, string key)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
            var rest = line.AsSpan(key.Length).TrimStart(' ');
            if (rest.IsEmpty || rest[0] != ':') continue;
            var value = line.Length - rest[1..].TrimStart(' ').Length;
            return (number, value < line.Length ? value + 1 : 1);
        }
        return (1, 1);
    }
}
