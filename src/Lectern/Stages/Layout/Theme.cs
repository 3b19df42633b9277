using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Fluid;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.FileSystem;
using Lectern.Markup;
using Lectern.Stages.Load;

namespace Lectern.Stages.Layout;

/// <summary>
/// A theme folder: Liquid layouts under <c>layouts/</c> (parsed once per build), partial templates they
/// include under <c>includes/</c>, and static files under <c>assets/</c>. Pages render into
/// <c>layout.liquid</c>, which receives them as <c>content</c>. Models are <see cref="LiquidObject"/>s, read
/// by Fluid as they are: no member of a .NET object is read by reflection.
/// </summary>
public sealed partial class Theme
{
    private static readonly FluidParser Parser = new();

    /// <summary>Escapes what HTML needs escaped and leaves other characters (dashes, quotes, Korean) as UTF-8.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly Dictionary<string, (IFluidTemplate Template, string Path)> _templates;
    private readonly TemplateOptions _options;

    private Theme(string folder, ContainedFolder themes, Dictionary<string, (IFluidTemplate, string)> templates, ThemeIncludes includes, ThemeIds ids)
    {
        Folder = folder;
        Themes = themes;
        Ids = ids;
        _templates = templates;
        _options = new TemplateOptions { FileProvider = includes };
    }

    public string Folder { get; }

    /// <summary>The themes folder, which the theme's files may not lead out of.</summary>
    public ContainedFolder Themes { get; }

    /// <summary>The element ids the theme's pages use, which content ids must leave to it.</summary>
    public ThemeIds Ids { get; }

    public string AssetsFolder => Path.Combine(Folder, "assets");

    /// <summary>Loads and parses every template; returns null (with positioned errors) when the theme is unusable.</summary>
    /// <remarks>A <paramref name="name"/> that is not a folder name loads nothing: the Load stage reports it at its line in site.yml (<see cref="ThemeName"/>).</remarks>
    public static Theme? Load(string themesDir, string name, DiagnosticBag diagnostics)
    {
        if (!ThemeName.IsValid(name)) return null;
        var themes = new ContainedFolder(themesDir, "the themes folder");
        var folder = Path.Combine(themesDir, name);
        var layouts = Path.Combine(folder, "layouts");
        if (!Directory.Exists(layouts))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeMissing, ContentPaths.Display(folder), 1, 1,
                $"theme '{name}' not found: expected a folder with layouts/ here; set 'theme' in site.yml or pass --themes DIR"));
            return null;
        }

        if (!themes.Admits(folder, ContentPaths.Display(folder), diagnostics)) return null;

        var templates = new Dictionary<string, (IFluidTemplate, string)>(StringComparer.Ordinal);
        var ok = true;
        var texts = new List<(string Text, string Name)>();
        foreach (var file in Directory.GetFiles(layouts, "*.liquid").Order(StringComparer.Ordinal))
        {
            if (!themes.Admits(file, ContentPaths.Display(file), diagnostics))
            {
                ok = false;
                continue;
            }
            var text = File.ReadAllText(file);
            texts.Add((text, Path.GetFileName(file)));
            if (Parse(text, file, diagnostics) is { } template) templates[Path.GetFileNameWithoutExtension(file)] = (template, ContentPaths.Display(file));
            else ok = false;
        }

        // Includes are parsed here too, so an error in one is reported with its position before any page is made.
        var includes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var includesFolder = Path.Combine(folder, ThemeIncludes.FolderName);
        if (Directory.Exists(includesFolder))
            foreach (var file in Directory.GetFiles(includesFolder, "*.liquid").Order(StringComparer.Ordinal))
            {
                if (!themes.Admits(file, ContentPaths.Display(file), diagnostics))
                {
                    ok = false;
                    continue;
                }
                var bytes = File.ReadAllBytes(file);
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                texts.Add((text, ThemeIncludes.FolderName + "/" + Path.GetFileName(file)));
                if (Parse(text, file, diagnostics) is null) ok = false;
                else includes[Path.GetFileName(file)] = bytes;
            }
        return ok ? new Theme(folder, themes, templates, new ThemeIncludes(includes, DateTimeOffset.UtcNow), ThemeIds.FromTemplates(texts)) : null;
    }

    private static IFluidTemplate? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        if (Parser.TryParse(text, out var template, out var error)) return template;
        var (line, column) = ErrorPosition(error);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, ContentPaths.Display(file), line, column, $"template error: {FirstLine(error)}"));
        return null;
    }

    /// <summary>Builds the Liquid parser (a tenth of a second) ahead of the first <see cref="Load"/>, e.g. on another thread while content loads.</summary>
    public static void WarmUp() => GC.KeepAlive(Parser);

    /// <summary>
    /// Renders page template <paramref name="name"/> with <paramref name="model"/> inside the layout and
    /// returns the page as UTF-8, in an array of its own.
    /// </summary>
    public byte[] RenderPage(string name, LiquidObject model, LiquidObject layoutModel, DiagnosticBag diagnostics) =>
        Render(name, model, layoutModel, diagnostics).ToArray();

    /// <summary>Renders the page as <see cref="RenderPage"/> does and writes it into <paramref name="output"/> at <paramref name="relativePath"/>.</summary>
    public void WritePage(string relativePath, string name, LiquidObject model, LiquidObject layoutModel, DiagnosticBag diagnostics, IOutputSink output) =>
        output.Write(relativePath, Render(name, model, layoutModel, diagnostics));

    /// <summary>
    /// The page as UTF-8 in this thread's <see cref="ScratchBuffers"/>, valid until the thread renders another. The page
    /// template renders straight into the layout's output where the layout writes <c>content</c>.
    /// </summary>
    private ReadOnlySpan<byte> Render(string name, LiquidObject model, LiquidObject layoutModel, DiagnosticBag diagnostics)
    {
        var text = ScratchBuffers.Text();
        var context = new TemplateContext(layoutModel, _options);
        context.SetValue("content", new HtmlContent(writer => RenderInto(writer, name, new TemplateContext(model, _options), diagnostics)));
        RenderInto(new StringWriter(text, CultureInfo.InvariantCulture), "layout", context, diagnostics);
        return ScratchBuffers.Utf8(text);
    }

    private void RenderInto(TextWriter writer, string name, TemplateContext context, DiagnosticBag diagnostics)
    {
        if (!_templates.TryGetValue(name, out var entry))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeMissing, ContentPaths.Display(Path.Combine(Folder, "layouts", name + ".liquid")), 1, 1,
                $"the theme has no template '{name}.liquid'; add it to the theme's layouts folder"));
            return;
        }
        try
        {
            var rendering = entry.Template.RenderAsync(writer, Encoder, context);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, entry.Path, 1, 1, $"template failed while rendering: {ex.Message}"));
        }
    }

    private static (int Line, int Column) ErrorPosition(string error)
    {
        var match = PositionPattern().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (1, 1);
    }

    /// <summary>Fluid appends the position and a "Source:" excerpt; the diagnostic shows the position already.</summary>
    private static string FirstLine(string error) =>
        PositionPattern().Replace(error.Split('\n')[0], "").Replace(" at ", " ").Trim();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
