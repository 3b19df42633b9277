using System.Text;
using Lectern.Stages.Clean;

namespace Lectern.Benchmarks.Corpus;

/// <summary>
/// Writes the same cleaned readings as a Hugo site (Markdown pages, a minimal layout), so Lectern's
/// whole build can be timed against Hugo's on identical text.
/// </summary>
public static class HugoSiteWriter
{
    /// <param name="hugoDefaults">
    /// False (the main comparison): Hugo makes only the pages Lectern also makes, its RSS feeds and taxonomy
    /// lists switched off. True: Hugo's own defaults, as a site made with <c>hugo new site</c> builds, feeds included.
    /// </param>
    public static void Write(string lecternContentDir, string hugoDir, bool hugoDefaults = false)
    {
        if (Directory.Exists(hugoDir)) Directory.Delete(hugoDir, recursive: true);
        var content = Path.Combine(hugoDir, "content", "readings");
        var layouts = Path.Combine(hugoDir, "layouts", "_default");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(layouts);

        File.WriteAllText(Path.Combine(hugoDir, "config.toml"),
            "baseURL = 'https://example.github.io/'\ntitle = 'Hugo comparison'\n" + (hugoDefaults ? "" : "disableKinds = ['taxonomy', 'term', 'RSS']\n"));
        const string Head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
        File.WriteAllText(Path.Combine(layouts, "single.html"), Head + "<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>");
        File.WriteAllText(Path.Combine(layouts, "list.html"), Head + "<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>");

        foreach (var dir in Directory.GetDirectories(Path.Combine(lecternContentDir, "readings")).Order(StringComparer.Ordinal))
        {
            var clean = TextCleaner.Clean(File.ReadAllText(Path.Combine(dir, "source.txt"))).Text;
            var md = new StringBuilder()
                .Append("---\ntitle: \"").Append(clean.Title.Replace("\"", "\\\"")).Append("\"\n---\n\n");
            foreach (var p in clean.Paragraphs) md.Append(p).Append("\n\n");
            File.WriteAllText(Path.Combine(content, Path.GetFileName(dir) + ".md"), md.ToString());
        }
    }
}
