using System.Reflection;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// Which Lectern is running, as exactly as a build record needs: another version, or the same version built
/// again (its code, and so what it makes, may differ), must not trust what this one recorded. The version, the
/// module's build id where the runtime keeps one, and the size and time of the files the code runs from (the
/// library, or the one executable of a Native AOT build).
/// </summary>
internal static class LecternIdentity
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var assembly = typeof(LecternIdentity).Assembly;
        var parts = new List<string>
        {
            assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "",
            ModuleId(assembly),
            // The library where it is a file of its own (not in a Native AOT executable, which the process path names).
            FileStamp(Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".dll")),
            FileStamp(Environment.ProcessPath),
        };
        return string.Join("\n", parts);
    }

    private static string ModuleId(Assembly assembly)
    {
        try
        {
            return assembly.ManifestModule.ModuleVersionId.ToString();
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException)
        {
            return "";
        }
    }

    private static string FileStamp(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var file = new FileInfo(path);
        return file.Exists ? $"{path} {file.Length} {file.LastWriteTimeUtc.Ticks}" : "";
    }
}
