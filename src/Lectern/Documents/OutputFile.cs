namespace Lectern.Documents;

/// <summary>A file of the finished site, relative to the output folder with '/' separators.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    public static OutputFile Text(string relativePath, string content) =>
        new(relativePath, System.Text.Encoding.UTF8.GetBytes(content));
}
