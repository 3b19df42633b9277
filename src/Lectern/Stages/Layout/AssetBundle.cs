using System.Text;
using Lectern.Documents;
using Lectern.Stages.Load;

namespace Lectern.Stages.Layout;

/// <summary>
/// Bundles the theme's <c>assets/css/*.css</c> and <c>assets/js/*.js</c> (in file-name order) into one
/// minified stylesheet and one minified script, so a page makes two small cached requests; copies
/// every other asset as is.
/// </summary>
public sealed class AssetBundle : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var assets = context.Theme.AssetsFolder;
        if (!Directory.Exists(assets)) yield break;

        yield return Bundle(Path.Combine(assets, "css"), "*.css", LayoutContext.StylesheetPath, context);
        yield return Bundle(Path.Combine(assets, "js"), "*.js", LayoutContext.ScriptPath, context);

        foreach (var file in Directory.GetFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
            if (relative.StartsWith("css/", StringComparison.Ordinal) || relative.StartsWith("js/", StringComparison.Ordinal)) continue;
            if (!context.Theme.Themes.Admits(file, ContentPaths.Display(file), context.Diagnostics)) continue;
            yield return new OutputFile("assets/" + relative, File.ReadAllBytes(file));
        }
    }

    private static OutputFile Bundle(string folder, string pattern, string output, LayoutContext context)
    {
        var sb = new StringBuilder();
        if (Directory.Exists(folder))
        {
            // Each file ends with a line break and a semicolon-safe boundary, so files cannot run into each other.
            foreach (var file in Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal))
                if (context.Theme.Themes.Admits(file, ContentPaths.Display(file), context.Diagnostics))
                    sb.Append(AssetMinifier.Minify(file, context.Diagnostics)).Append(pattern == "*.js" ? ";\n" : "\n");
        }
        return OutputFile.Text(output, sb.ToString());
    }
}
