using Lectern.Diagnostics;
using Lectern.FileSystem;
using Lectern.Stages.Load;

namespace Lectern.Pipeline;

/// <summary>
/// Where an output folder may not be, whatever it holds: a build replaces its output whole, so an output
/// that is the content or themes folder, or holds one of them or the working folder (<c>--output .</c> on
/// a clone), would take them with it; and one inside the content or themes folder would be read as
/// content, and make <c>serve</c> rebuild on its own writes. Paths are compared with their links followed.
/// </summary>
public static class OutputPlacement
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = RealPath.Of(options.OutputDir);
        var content = RealPath.Of(options.ContentDir);
        var themes = RealPath.Of(options.ResolveThemesDir());
        var working = RealPath.Of(Environment.CurrentDirectory);
        var problem =
            Same(output, content) ? "is the content folder" :
            Same(output, themes) ? "is the themes folder" :
            Same(output, working) ? "is the working folder" :
            RealPath.IsWithin(content, output) ? "holds the content folder" :
            RealPath.IsWithin(themes, output) ? "holds the themes folder" :
            RealPath.IsWithin(working, output) ? "holds the working folder" :
            RealPath.IsWithin(output, content) ? "lies inside the content folder" :
            RealPath.IsWithin(output, themes) ? "lies inside the themes folder" :
            null;
        if (problem is null) return;
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputOverlapsSource, ContentPaths.Display(options.OutputDir), 1, 1,
            $"the output folder {problem}, and a build replaces its output whole; choose a folder of its own, such as _site"));
    }

    private static bool Same(string a, string b) => RealPath.IsWithin(a, b) && RealPath.IsWithin(b, a);
}
