using Lectern.Diagnostics;
using Lectern.Stages.Load;
using NUglify;

namespace Lectern.Stages.Layout;

/// <summary>
/// Minifies a theme's CSS and JS file by file with NUglify, so pages stay light and a syntax error
/// is reported at the theme file's own line and column.
/// </summary>
public static class AssetMinifier
{
    public static string Minify(string path, DiagnosticBag diagnostics)
    {
        var source = File.ReadAllText(path);
        var result = path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? Uglify.Css(source) : Uglify.Js(source);
        var errors = result.Errors.Where(e => e.IsError).ToList();
        foreach (var error in errors)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AssetError, ContentPaths.Display(path), Math.Max(error.StartLine, 1), Math.Max(error.StartColumn, 1),
                $"theme asset error: {error.Message}"));
        return errors.Count > 0 || result.Code is null ? source : result.Code;
    }
}
