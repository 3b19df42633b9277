using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// Bundles the theme's <c>assets/css/*.css</c> and <c>assets/js/*.js</c> (in file-name order) into one
/// stylesheet and one script, so a page makes two cached requests; copies every other asset as is.
/// </summary>
public sealed class AssetBundle : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var assets = context.Theme.AssetsFolder;
        if (!Directory.Exists(assets)) yield break;

        yield return Bundle(Path.Combine(assets, "css"), "*.css", LayoutContext.StylesheetPath);
        yield return Bundle(Path.Combine(assets, "js"), "*.js", LayoutContext.ScriptPath);

        foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
            if (relative.StartsWith("css/", StringComparison.Ordinal) || relative.StartsWith("js/", StringComparison.Ordinal)) continue;
            yield return new OutputFile("assets/" + relative, File.ReadAllBytes(file));
        }
    }

    private static OutputFile Bundle(string folder, string pattern, string output)
    {
        var sb = new StringBuilder();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal))
                sb.Append("/* ").Append(Path.GetFileName(file)).Append(" */\n").Append(File.ReadAllText(file).TrimEnd()).Append('\n');
        }
        return OutputFile.Text(output, sb.ToString());
    }
}
