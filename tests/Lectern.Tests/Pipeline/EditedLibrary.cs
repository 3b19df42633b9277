using System.Globalization;
using Lectern.Tests.Support;

namespace Lectern.Tests.Pipeline;

/// <summary>
/// A small library made from the seed reading (ten copies beside it, with their own dates: one more reading than the
/// glossary page lists, so that the terms in every reading get a concordance page, and lose it when a reading goes), and random edits
/// of the kinds an editor makes, each reversible so that the site builds again soon after an edit that breaks it.
/// Every file starts an hour old, so that an unchanged folder is known by its file times alone.
/// </summary>
internal sealed class EditedLibrary
{
    private static readonly string[] Words = [" WPK", " Central Committee", " indeed", " the Political Bureau", " cadres"];
    private static readonly (string From, string To)[] GlossaryEdits =
    [
        ("founded in\n    1949", "founded in\n    the year 1949"),
        ("is the party's highest body", "is the highest body of the party"),
    ];

    private readonly TempSite _site;
    private readonly Random _random;
    private readonly string _seedSource;
    private readonly string _seedMetadata;
    private readonly string _glossary;
    private readonly string _siteYml;
    private const int Copies = 10;
    private int _next = Copies + 1;

    public EditedLibrary(TempSite site, int seed)
    {
        _site = site;
        _random = new Random(seed);
        _seedSource = File.ReadAllText(Path.Combine(site.ReadingDir(), "source.txt"));
        _seedMetadata = File.ReadAllText(Path.Combine(site.ReadingDir(), "reading.yml"));
        _glossary = File.ReadAllText(GlossaryPath);
        _siteYml = File.ReadAllText(SiteYmlPath);
        for (var i = 1; i <= Copies; i++) AddReading("r" + i);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, anHourAgo);
    }

    private string GlossaryPath => Path.Combine(_site.Content, "glossary.yml");
    private string SiteYmlPath => Path.Combine(_site.Content, "site.yml");
    private string ReadingsDir => Path.Combine(_site.Content, "readings");

    /// <summary>
    /// Makes one random edit and says what it was; with <paramref name="repair"/> (the last edit broke the site:
    /// an appended word can break a note's quote or a paragraph's published opening), restores every reading's text.
    /// </summary>
    public string EditOnce(bool repair = false)
    {
        if (repair)
        {
            foreach (var dir in Directory.GetDirectories(ReadingsDir)) File.WriteAllText(Path.Combine(dir, "source.txt"), _seedSource);
            return "restored the text of every reading";
        }
        var readings = Directory.GetDirectories(ReadingsDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var slug = readings[_random.Next(readings.Count)]!;
        switch (_random.Next(12))
        {
            case 0 or 1 or 2:
                var word = Words[_random.Next(Words.Length)];
                AppendToSource(slug, word);
                return $"appended '{word.Trim()}' to a line of {slug}";
            case 3:
                File.WriteAllText(SourcePath(slug), _seedSource);
                return $"restored the text of {slug}";
            case 4:
                File.WriteAllText(MetadataPath(slug), MetadataWithDate(_seedMetadata, RandomDate()));
                return $"dated {slug} anew";
            case 5:
                File.WriteAllText(MetadataPath(slug), File.ReadAllText(MetadataPath(slug)).Replace("personnel changes.", "personnel changes, again.", StringComparison.Ordinal));
                return $"changed the summary of {slug}";
            case 6:
                var (from, to) = GlossaryEdits[_random.Next(GlossaryEdits.Length)];
                var glossary = File.ReadAllText(GlossaryPath);
                File.WriteAllText(GlossaryPath, glossary.Contains(from, StringComparison.Ordinal) ? glossary.Replace(from, to, StringComparison.Ordinal) : glossary.Replace(to, from, StringComparison.Ordinal));
                return "changed a glossary definition";
            case 7:
                var siteYml = File.ReadAllText(SiteYmlPath);
                File.WriteAllText(SiteYmlPath, siteYml.Contains("marking: every", StringComparison.Ordinal)
                    ? _siteYml
                    : _siteYml.Replace("marking: first-per-section", "marking: every", StringComparison.Ordinal));
                return "changed the glossary marking in site.yml";
            case 8:
                var theme = Path.Combine(_site.Themes, "default", _random.Next(2) == 0 ? "layouts/home.liquid" : "assets/search.css");
                File.AppendAllText(theme, theme.EndsWith(".css", StringComparison.Ordinal) ? $"\n/* {_next++} */\n" : $"\n<!-- {_next++} -->\n");
                return $"changed the theme's {Path.GetFileName(theme)}";
            case 9:
                var added = "r" + _next++;
                AddReading(added);
                return $"added reading {added}";
            case 10:
                if (readings.Count <= Copies - 1 || slug == RepoPaths.SeedSlug) return "removed nothing";
                Directory.Delete(Path.Combine(ReadingsDir, slug), recursive: true);
                return $"removed reading {slug}";
            default:
                File.SetLastWriteTimeUtc(SourcePath(slug), DateTime.UtcNow);
                return $"touched the text of {slug}";
        }
    }

    /// <summary>Changes "manifold challenges" in the reading's text, which no note quotes and no paragraph opens with, to <paramref name="words"/>.</summary>
    public void ReplaceInSource(string slug, string words) =>
        File.WriteAllText(SourcePath(slug), File.ReadAllText(SourcePath(slug)).Replace("manifold challenges", words, StringComparison.Ordinal));

    /// <summary>
    /// Changes "manifold" in the reading's text to capitals and sets the file's time back: the folder looks unchanged by
    /// its files' sizes and times, so a build that trusts what it recorded keeps the old page, and a whole build shows the change.
    /// </summary>
    public void ChangeUnseen(string slug)
    {
        var time = File.GetLastWriteTimeUtc(SourcePath(slug));
        File.WriteAllText(SourcePath(slug), File.ReadAllText(SourcePath(slug)).Replace("manifold", "MANIFOLD", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(SourcePath(slug), time);
    }

    /// <summary>Appends <paramref name="word"/> to a random line of the reading's text after its first few.</summary>
    public void AppendToSource(string slug, string word)
    {
        var lines = File.ReadAllLines(SourcePath(slug));
        var line = 4 + _random.Next(lines.Length - 4);
        lines[line] = lines[line].TrimEnd() + word + " ";
        File.WriteAllLines(SourcePath(slug), lines);
    }

    private void AddReading(string slug)
    {
        TempSite.CopyDirectory(_site.ReadingDir(), Path.Combine(ReadingsDir, slug));
        File.WriteAllText(MetadataPath(slug), MetadataWithDate(_seedMetadata, RandomDate()));
    }

    private string RandomDate() => new DateOnly(2020, 1, 1).AddDays(_random.Next(900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MetadataWithDate(string metadata, string date) =>
        metadata.Replace("\ndate: 2021-06-30\n", $"\ndate: {date}\n", StringComparison.Ordinal);

    private string SourcePath(string slug) => Path.Combine(ReadingsDir, slug, "source.txt");
    private string MetadataPath(string slug) => Path.Combine(ReadingsDir, slug, "reading.yml");
}
