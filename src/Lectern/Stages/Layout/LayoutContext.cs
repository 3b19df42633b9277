using System.Collections.Concurrent;
using Fluid.Values;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Glossary;
using Lectern.Stages.Link;
using Lectern.Stages.Render;

namespace Lectern.Stages.Layout;

/// <summary>
/// What every page generator needs: the theme, the site, the link builder and, for site-wide pages, the
/// cross-page index. Reading pages are laid out as each reading finishes, before the index exists.
/// </summary>
public sealed class LayoutContext(Theme theme, Site site, SiteIndex? index, LinkBuilder links, DiagnosticBag diagnostics)
{
    public Theme Theme { get; } = theme;
    public Site Site { get; } = site;

    public SiteIndex Index => index ?? throw new InvalidOperationException(
        "the site index is made once every reading is done; a reading's own pages cannot use it");

    /// <summary>The same context with the site's finished readings and their index, for the site-wide pages.</summary>
    public LayoutContext WithIndex(Site finished, SiteIndex siteIndex) =>
        new(Theme, finished, siteIndex, Links, Diagnostics, _definitions, _readingTerms) { SearchPostings = SearchPostings };

    /// <summary>
    /// The readings' search terms, gathered as each reading's pages are made, for the site-wide search index; a
    /// build that keeps readings' postings from the last one gives that one's <see cref="Search.SearchPostings.NextBuild"/>.
    /// </summary>
    public Search.SearchPostings SearchPostings { get; init; } = new();

    private LayoutContext(Theme theme, Site site, SiteIndex index, LinkBuilder links, DiagnosticBag diagnostics,
        ConcurrentDictionary<string, string> definitions, ConcurrentDictionary<string, LiquidObject> readingTerms)
        : this(theme, site, index, links, diagnostics)
    {
        _definitions = definitions;
        _readingTerms = readingTerms;
    }

    public LinkBuilder Links { get; } = links;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    private readonly ConcurrentDictionary<string, string> _definitions = new(StringComparer.Ordinal);

    /// <summary>An entry's definition as HTML, rendered once per build however many pages show it.</summary>
    public string DefinitionHtml(GlossaryEntry entry) =>
        _definitions.GetOrAdd(entry.Id, static (_, made) => MarkdownText.ToHtml(made.entry.Definition, made.context.Links,
            $"the definition of '{made.entry.Id}'", made.context.Site.Glossary.Path, made.entry, made.context.Diagnostics), (entry, context: this));

    private readonly ConcurrentDictionary<string, LiquidObject> _readingTerms = new(StringComparer.Ordinal);

    /// <summary>
    /// An entry as a reading page's list of terms shows it (<c>reading.glossary_terms</c>): the same for every
    /// reading, so it is made once per build and shared by the pages that use the entry.
    /// </summary>
    public LiquidObject ReadingTermModel(GlossaryEntry entry) =>
        _readingTerms.GetOrAdd(entry.Id, static (_, made) => new LiquidObject(5)
        {
            { "id", made.entry.Id },
            { "definition_id", TermMarkup.DefinitionId(made.entry.Id) },
            { "term", made.entry.Term },
            { "definition", HtmlContent.Of(made.context.DefinitionHtml(made.entry)) },
            { "url", made.context.Links.GlossaryEntry(made.entry.Id) },
        }, (entry, context: this));

    private readonly ConcurrentDictionary<string, (StringValue Title, StringValue Url)> _readingLinks = new(StringComparer.Ordinal);

    /// <summary>
    /// A reading's title and URL as template values (<c>c.title</c>, <c>c.url</c> of a concordance row): made once
    /// per build, as every concordance page and the glossary list the reading in a row of their own.
    /// </summary>
    public (StringValue Title, StringValue Url) ReadingLink(string slug, string title) =>
        _readingLinks.GetOrAdd(slug, static (slug, made) => (StringValue.Create(made.title), StringValue.Create(made.Links.Reading(slug))), (title, Links));

    public const string StylesheetPath = "assets/lectern.css";
    public const string ScriptPath = "assets/lectern.js";

    /// <summary>A tiny script run before first paint (not deferred) to apply the reader's stored theme without a flash.</summary>
    public const string ThemeScriptPath = "assets/theme.js";

    /// <summary>The model every page's <c>layout.liquid</c> gets, plus page-specific fields.</summary>
    public LiquidObject LayoutModel(string title, string sitePath, string kind, string? description = null, LiquidObject? head = null, bool canonical = true) => new(2)
    {
        { "site", SiteModel() },
        { "page", new LiquidObject(6)
            {
                { "title", title },
                { "kind", kind },
                { "description", description ?? Site.Config.Description ?? "" },
                { "url", sitePath },
                { "canonical", canonical ? Links.Absolute(sitePath) : "" },
                { "head", head },
            }
        },
    };

    private LiquidObject? _siteModel;

    /// <summary>The <c>site</c> every template gets: the same for every page, so made once (a race makes an equal one).</summary>
    public LiquidObject SiteModel() => _siteModel ??= new LiquidObject(14)
    {
        { "title", Site.Config.Title },
        { "description", Site.Config.Description ?? "" },
        { "language", Site.Config.Language },
        { "base_path", Links.BasePath },
        { "home_url", Links.Home() },
        { "glossary_url", Links.Glossary() },
        { "stylesheet_url", Links.File(StylesheetPath) },
        { "script_url", Links.File(ScriptPath) },
        { "theme_script_url", Links.File(ThemeScriptPath) },
        { "favicon_url", Links.File("assets/favicon.svg") },
        { "glossary_marking", Site.Config.Glossary.Marking },
        { "feed_url", AtomFeed.Url(Links) },
        { "search_url", Links.File(Search.SearchFiles.Folder) },
    };
}
