namespace Lectern.Documents;

/// <summary>
/// One reading as it flows through the stages. Immutable: each stage returns a copy with its
/// results filled in (<c>reading with { ... }</c>), like Statiq's <c>IDocument.Clone</c>.
/// </summary>
public sealed record Reading
{
    public required string Slug { get; init; }

    /// <summary>Path of <c>source.txt</c> as shown in diagnostics (relative to the working directory when possible).</summary>
    public required string SourcePath { get; init; }
    public required string SourceText { get; init; }

    /// <summary>For a PDF source, what its layout showed at the lines of <see cref="SourceText"/> (the text its lines were written as); null for a text source.</summary>
    public SourceLayout? SourceLayout { get; init; }

    /// <summary>Path of <c>reading.yml</c> as shown in diagnostics; the file may not exist.</summary>
    public required string MetadataPath { get; init; }
    public ReadingMetadata Metadata { get; init; } = new();

    /// <summary>The reading's <c>anchors.lock</c> (published paragraph ids), read by Load; checked after Clean.</summary>
    public Anchors.AnchorLock AnchorLock { get; init; } = Anchors.AnchorLock.Missing("anchors.lock");

    /// <summary>Set by Clean.</summary>
    public CleanText? Clean { get; init; }

    /// <summary>Set by Render (Markdig); after Enrich (AngleSharp), the enriched <see cref="Body"/> as one string, made when asked for.</summary>
    public string? BodyHtml
    {
        get => _bodyHtml ?? Body?.ToString();
        init => _bodyHtml = value;
    }
    private readonly string? _bodyHtml;

    /// <summary>Set by Enrich: the enriched body, which the layout writes straight into the page.</summary>
    public HtmlBody? Body { get; init; }

    /// <summary>Set by Enrich: what the passes found, for Link and Layout.</summary>
    public EnrichResult Enrichment { get; init; } = EnrichResult.Empty;

    public string Title => Metadata.Title ?? Clean?.Title ?? Slug;

    /// <summary>The number of numbered blocks (paragraphs and list items), kept when <see cref="Published"/> lets the blocks go.</summary>
    public int ParagraphCount => PublishedParagraphCount ?? Clean?.NumberedTexts().Count ?? 0;
    internal int? PublishedParagraphCount { get; init; }

    /// <summary>
    /// The reading once its own pages are written: without the source, the page body, the paragraphs, the
    /// cleanup report, the notes and the editor's outline and paragraph-break edits, which only those pages
    /// use, so a large site is not held in memory (nor marked by every full collection). What the site-wide
    /// pages and the Link stage use (title, date, summary, original source, paragraph count, term
    /// occurrences, sections) stays.
    /// </summary>
    public Reading Published() => this with
    {
        SourceText = "",
        SourceLayout = null,
        BodyHtml = null,
        Body = null,
        PublishedParagraphCount = ParagraphCount,
        Clean = Clean is null ? null : Clean with { Report = CleanupReport.Empty, Paragraphs = [], Blocks = [] },
        Enrichment = Enrichment with { Notes = [], Dateline = null, EndMark = null },
        Metadata = new ReadingMetadata { Title = Metadata.Title, Date = Metadata.Date, Summary = Metadata.Summary, Source = Metadata.Source },
    };
}
