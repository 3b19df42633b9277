namespace Lectern.Tests.Support;

/// <summary>Compares two output folders file by file and folder by folder, as a whole build and a build that kept work must match.</summary>
internal static class SameTree
{
    public static void Assert(string expected, string actual, string context)
    {
        var want = Tree(expected);
        var got = Tree(actual);
        Xunit.Assert.True(want.Keys.SequenceEqual(got.Keys),
            $"{context}: only in the whole build: {string.Join(", ", want.Keys.Except(got.Keys).Take(5))}; only in the other: {string.Join(", ", got.Keys.Except(want.Keys).Take(5))}");
        foreach (var (path, bytes) in want)
            Xunit.Assert.True(bytes.AsSpan().SequenceEqual(got[path]), $"{context}: {path} differs from the whole build's");
    }

    /// <summary>Every file (with its bytes) and folder (with none) below <paramref name="dir"/>, in path order.</summary>
    private static SortedDictionary<string, byte[]> Tree(string dir)
    {
        var tree = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(dir, "*", SearchOption.AllDirectories)) tree[Path.GetRelativePath(dir, folder) + "/"] = [];
        foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories)) tree[Path.GetRelativePath(dir, file)] = File.ReadAllBytes(file);
        return tree;
    }
}
