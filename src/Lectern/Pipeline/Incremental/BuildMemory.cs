using System.Collections.Concurrent;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Layout;
using Lectern.Stages.Layout.Search;
using Lectern.Stages.Link;
using Lectern.Stages.Write;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// What a process that builds the same site again and again (<c>serve</c>) keeps from one build to the next:
/// per reading folder, the reading as cleaned and rendered (made from the folder alone) and the reading as
/// laid out (made from the folder and the <see cref="SiteInputs"/>), each with the diagnostics it gave; and the
/// files and marker of the output the last good build left. A reading whose folder is unchanged is not cleaned
/// again; one whose site inputs are unchanged too keeps its pages on disk as they are. One build at a time.
/// A memory made by <see cref="Recorded"/> (<c>build</c>) starts from the <see cref="BuildRecord"/> the last build
/// of the same output left, and leaves one after each good build, so that the next process can start from it.
/// </summary>
public sealed class BuildMemory
{
    private Dictionary<string, RememberedReading> _readings = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _files;
    private OutputStamp _stamp;
    private readonly BuildRecord? _record;

    /// <summary>The output as the record names it, which must still be so before any of it is kept; null in the process that made it.</summary>
    private OutputTree? _tree;

    public BuildMemory()
    {
    }

    private BuildMemory(BuildRecord record, RecordedBuild? last)
    {
        _record = record;
        if (last is null) return;
        _readings = last.Readings.ToDictionary(StringComparer.Ordinal);
        _files = last.Files;
        _stamp = last.Stamp;
        _tree = last.Tree;
        _postings = SearchPostings.WithTerms(last.Terms);
        _searchIndex = last.SearchIndex;
        ThemeFiles = last.ThemeFiles;
        Concordance = last.Concordance;
    }

    /// <summary>
    /// A memory of the last build of <paramref name="options"/>' output, read from its record, that records each good
    /// build it is given in turn; empty, and the build whole, when there is no record this Lectern can trust.
    /// </summary>
    public static BuildMemory Recorded(BuildOptions options)
    {
        var record = new BuildRecord(options);
        return new BuildMemory(record, record.Read());
    }

    /// <summary>The output the last good build left, when it can be updated in place; else null.</summary>
    internal (OutputStamp Stamp, IReadOnlySet<string> Files, OutputTree? Tree)? Output => _files is null ? null : (_stamp, _files, _tree);

    /// <summary>The search postings of the last build, whose term numbers the kept readings' postings use.</summary>
    private SearchPostings? _postings;

    /// <summary>The search index the output holds, with what it was made from.</summary>
    private SearchIndexMade? _searchIndex;

    internal SearchIndexMade? SearchIndex => _searchIndex;

    /// <summary>The theme's own files the output holds (the bundled assets), with the site inputs they were made under.</summary>
    internal ThemeFilesMade? ThemeFiles { get; private set; }

    /// <summary>The concordance pages the output holds, by entry, with the site inputs and occurrences they were made from.</summary>
    internal ConcordanceMade? Concordance { get; private set; }

    internal BuildGeneration Begin(string siteDigest)
    {
        // Each build numbers terms as the one before and new terms after, so postings kept from any earlier build stay valid.
        _postings = _postings?.NextBuild() ?? new SearchPostings();
        return new BuildGeneration(this, siteDigest, _postings);
    }

    internal RememberedReading? Find(string folder) => _readings.GetValueOrDefault(folder);

    /// <summary>Whether the readings as cleaned are kept for the next build: in a process that builds again (<c>serve</c>), not in one that records its build for the next process.</summary>
    internal bool KeepsCleanedReadings => _record is null;

    /// <summary>
    /// Takes what the build learned. After a good build its laid-out readings are what the output holds; after
    /// a failed one the output is the last good build's, so only the cleaned readings are taken from it.
    /// </summary>
    internal void Finish(BuildGeneration generation, bool committed, IReadOnlyCollection<string> files, string outputDir)
    {
        if (committed)
        {
            _readings = new Dictionary<string, RememberedReading>(generation.Readings, StringComparer.Ordinal);
            _files = files.ToHashSet(StringComparer.Ordinal);
            _stamp = OutputStamp.Read(outputDir);
            _searchIndex = generation.SearchIndexInputs is { } inputs
                ? new SearchIndexMade(generation.SiteDigest, inputs, files.Where(SearchFiles.IsIndex).Distinct().ToList())
                : null;
            ThemeFiles = generation.ThemeFiles;
            Concordance = generation.Concordance;
            _tree = null;
            if (_record is not null && OutputTree.Read(outputDir) is { } tree) _record.Write(Recording(tree));
            return;
        }
        var kept = new Dictionary<string, RememberedReading>(StringComparer.Ordinal);
        foreach (var (folder, learned) in generation.Readings)
            kept[folder] = learned with { LaidOut = _readings.GetValueOrDefault(folder)?.LaidOut };
        foreach (var (folder, last) in _readings)
            kept.TryAdd(folder, last);
        _readings = kept;
    }

    /// <summary>What the next process needs of this memory, with the output as it now is.</summary>
    private RecordedBuild Recording(OutputTree tree) => new(
        _readings.Where(r => r.Value.LaidOut is not null).ToDictionary(StringComparer.Ordinal),
        _files!, _stamp, tree, _postings!.TermTable(), _searchIndex, ThemeFiles, Concordance);

    /// <summary>The output is about to change: a record of it as it was would no longer be true, should the change stop half way.</summary>
    internal void BeforeCommit() => _record?.Delete();

    /// <summary>The output is no longer known to be the last good build's (its update failed half way): the next build makes it whole.</summary>
    internal void ForgetOutput()
    {
        _files = null;
        _tree = null;
        _searchIndex = null;
        ThemeFiles = null;
        Concordance = null;
        _readings = _readings.ToDictionary(r => r.Key, r => r.Value with { LaidOut = null }, StringComparer.Ordinal);
    }
}

/// <summary>What one build learns, reading by reading, from several threads at once.</summary>
internal sealed class BuildGeneration(BuildMemory memory, string siteDigest, SearchPostings postings)
{
    public string SiteDigest { get; } = siteDigest;

    /// <summary>The postings this build's layout gathers the readings' search terms into.</summary>
    public SearchPostings Postings { get; } = postings;

    public ConcurrentDictionary<string, RememberedReading> Readings { get; } = new(StringComparer.Ordinal);

    public RememberedReading? Last(string folder) => memory.Find(folder);

    public void Learn(string folder, RememberedReading reading)
    {
        // A memory kept on disk between processes holds no reading as cleaned (the record does not), so a build
        // into an empty folder does not hold every reading's text and pages until it ends.
        Readings[folder] = memory.KeepsCleanedReadings ? reading : reading with { Rendered = null };
        if (reading.LaidOut is { } laidOut) _postings[laidOut.Published.Slug] = laidOut.SearchPostings;
    }

    private readonly ConcurrentDictionary<string, byte[]> _postings = new(StringComparer.Ordinal);

    /// <summary>The theme's own files as this build made or kept them; null when it made none.</summary>
    public ThemeFilesMade? ThemeFiles { get; private set; }

    /// <summary>Whether the last build made the theme's files under the same site inputs; if so, keeps them and gives their diagnostics again.</summary>
    public bool KeepThemeFiles(IBuildOutput output, DiagnosticBag diagnostics)
    {
        if (memory.ThemeFiles is not { } made || made.SiteDigest != SiteDigest || !output.Keep(made.Files)) return false;
        diagnostics.AddRange(made.Diagnostics);
        ThemeFiles = made;
        return true;
    }

    /// <summary>The concordance pages' inputs in this build; null when it made none.</summary>
    public ConcordanceMade? Concordance { get; private set; }

    /// <summary>
    /// The entries whose concordance page the last build made under the same site inputs from the same occurrences
    /// (each reading's slug, title and paragraphs): their pages are kept in <paramref name="output"/>, not made again.
    /// </summary>
    public IReadOnlySet<string> KeepConcordancePages(LayoutContext context, IBuildOutput output)
    {
        var occurrences = context.Site.Glossary.Entries
            .Where(entry => ConcordancePage.HasPage(context, entry.Id))
            .ToDictionary(entry => entry.Id, entry => GlossaryPage.Occurrences(context, entry.Id), StringComparer.Ordinal);
        Concordance = new ConcordanceMade(SiteDigest, occurrences);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        if (memory.Concordance is not { } made || made.SiteDigest != SiteDigest) return kept;
        foreach (var (id, now) in occurrences)
            if (made.Occurrences.TryGetValue(id, out var then) && SameOccurrences(then, now) && output.Keep([ConcordancePage.PathOf(id)]))
                kept.Add(id);
        return kept;
    }

    private static bool SameOccurrences(IReadOnlyList<ConcordanceEntry> a, IReadOnlyList<ConcordanceEntry> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (a[i].Slug != b[i].Slug || a[i].ReadingTitle != b[i].ReadingTitle || !a[i].Paragraphs.SequenceEqual(b[i].Paragraphs)) return false;
        return true;
    }

    public void LearnThemeFiles(IReadOnlyList<string> files, IReadOnlyList<Diagnostic> diagnostics) =>
        ThemeFiles = new ThemeFilesMade(SiteDigest, files, diagnostics);

    /// <summary>Each reading's search postings in the index's order, when every reading's are known; else null.</summary>
    public IReadOnlyList<(string Slug, byte[] Postings)>? SearchIndexInputs { get; private set; }

    /// <summary>
    /// Whether the search index the output holds was made from the same postings, in the same order, under the same
    /// site inputs; if so, keeps its files in <paramref name="output"/>, and the index is not made again.
    /// </summary>
    public bool KeepSearchIndex(IReadOnlyList<Reading> order, IBuildOutput output)
    {
        var inputs = new List<(string, byte[])>(order.Count);
        foreach (var reading in order)
        {
            if (!_postings.TryGetValue(reading.Slug, out var postings)) return false;
            inputs.Add((reading.Slug, postings));
        }
        SearchIndexInputs = inputs;
        return memory.SearchIndex is { } made && made.SiteDigest == SiteDigest && made.Inputs.Count == inputs.Count
            && made.Inputs.Zip(inputs).All(pair => pair.First.Slug == pair.Second.Item1 && pair.First.Postings.AsSpan().SequenceEqual(pair.Second.Item2))
            && output.Keep(made.Files);
    }

    public void BeforeCommit() => memory.BeforeCommit();

    public void Finish(bool committed, IReadOnlyCollection<string> files, string outputDir) => memory.Finish(this, committed, files, outputDir);

    public void Forget() => memory.ForgetOutput();
}

/// <summary>The search index of a build: the site inputs and readings' postings it was made from, and its files.</summary>
internal sealed record SearchIndexMade(string SiteDigest, IReadOnlyList<(string Slug, byte[] Postings)> Inputs, IReadOnlyList<string> Files);

/// <summary>The theme's own files of a build: the site inputs they were made under, the files and the diagnostics making them gave.</summary>
internal sealed record ThemeFilesMade(string SiteDigest, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The concordance pages of a build: the site inputs and, by entry, the occurrences they were made from.</summary>
internal sealed record ConcordanceMade(string SiteDigest, IReadOnlyDictionary<string, IReadOnlyList<ConcordanceEntry>> Occurrences);

/// <summary>One reading folder as the last builds left it: its sources, and what was made from them.</summary>
internal sealed record RememberedReading(ReadingSources Sources, RenderedReading? Rendered, LaidOutReading? LaidOut);

/// <summary>A reading cleaned and rendered from the sources with <paramref name="Digest"/> (null when it could not be read), with the diagnostics that gave.</summary>
internal sealed record RenderedReading(string Digest, Reading? Reading, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// A reading laid out from the sources with <paramref name="Digest"/> under the site inputs with
/// <paramref name="SiteDigest"/>: what the site-wide pages need of it, every diagnostic it gave, the files it wrote
/// and its search postings (<see cref="Stages.Layout.Search.SearchPostings.Encoded"/>).
/// </summary>
internal sealed record LaidOutReading(
    string Digest, string SiteDigest, Reading Published, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files,
    byte[] SearchPostings);
