using Lectern.Stages.Write;

namespace Lectern.Pipeline.Incremental;

/// <summary>
/// What a <see cref="BuildRecord"/> holds of a <see cref="BuildMemory"/>: every reading folder laid out with its
/// sources and what the site-wide pages need of it, the output's files as the build left them, the search terms
/// by the numbers the readings' postings use, and the search index, theme files and concordance pages made.
/// The readings as cleaned are not recorded (they are large); a reading laid out again is cleaned again.
/// </summary>
internal sealed record RecordedBuild(
    IReadOnlyDictionary<string, RememberedReading> Readings,
    IReadOnlySet<string> Files,
    OutputStamp Stamp,
    OutputTree Tree,
    IReadOnlyList<string?> Terms,
    SearchIndexMade? SearchIndex,
    ThemeFilesMade? ThemeFiles,
    ConcordanceMade? Concordance);
