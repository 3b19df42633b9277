using System.Security.Cryptography;
using System.Text;
using Lectern.Stages.Load;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// One digest of everything besides a reading's own folder that its pages are made from: site.yml, the
/// glossary, every file of the themes folder and the options that set links. A reading laid out under
/// another digest is laid out again; its cleaned text, which depends on none of these, is kept.
/// </summary>
internal static class SiteInputs
{
    public static string Digest(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "base-path", Encoding.UTF8.GetBytes(options.BasePath ?? "\0"));
        Append(hash, "base-url", Encoding.UTF8.GetBytes(options.BaseUrl ?? "\0"));
        AppendFile(hash, "site", Path.Combine(options.ContentDir, ContentPaths.SiteFile));
        AppendFile(hash, "glossary", Path.Combine(options.ContentDir, ContentPaths.GlossaryFile));
        var themes = options.ResolveThemesDir();
        if (Directory.Exists(themes))
            foreach (var file in Directory.GetFiles(themes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                AppendFile(hash, Path.GetRelativePath(themes, file), file);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AppendFile(IncrementalHash hash, string name, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The build reports the file; a digest no later one can match keeps nothing laid out from it.
            bytes = Guid.NewGuid().ToByteArray();
        }
        Append(hash, name, bytes);
    }

    private static void Append(IncrementalHash hash, string name, byte[] bytes)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + bytes.Length + "\n"));
        hash.AppendData(bytes);
    }
}
