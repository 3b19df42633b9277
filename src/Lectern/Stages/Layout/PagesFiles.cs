using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// The small files GitHub Pages looks for: <c>.nojekyll</c> (serve the files as they are),
/// <c>robots.txt</c> (pointing to the sitemap) and, when site.yml sets <c>cname</c>, <c>CNAME</c>.
/// </summary>
public sealed class PagesFiles : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        yield return new OutputFile(".nojekyll", []);
        yield return OutputFile.Text("robots.txt", RobotsTxt(context));
        if (!string.IsNullOrWhiteSpace(context.Site.Config.Cname))
            yield return OutputFile.Text("CNAME", context.Site.Config.Cname.Trim() + "\n");
    }

    private static string RobotsTxt(LayoutContext context)
    {
        var sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (context.Links.BaseUrl is not null)
            sb.Append("\nSitemap: ").Append(context.Links.Absolute(context.Links.File(Sitemap.FileName))).Append('\n');
        return sb.ToString();
    }
}
