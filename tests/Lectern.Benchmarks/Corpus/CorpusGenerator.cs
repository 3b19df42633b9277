using System.Globalization;
using System.Text;
using Lectern.Diagnostics;
using Lectern.Pipeline;

namespace Lectern.Benchmarks.Corpus;

/// <summary>
/// Makes a content folder of N readings from the seed for benchmarks: each reading has the seed's
/// paragraphs in a shuffled order, re-wrapped at its own width, with the real glossary and notes, and
/// the anchors.lock an editor commits (accepted from the cleaned text); and, when asked, copies of the real
/// reading's folder as it is, with its outline and notes.
/// Not shipped content: written to a folder the caller chooses.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The folder name of the <paramref name="n"/>th copy of the real reading.</summary>
    public static string RealCopySlug(int n) => "real-" + n.ToString("D2", CultureInfo.InvariantCulture);

    public static void Generate(string contentDir, int readings, int glossaryEntries = 0, int seed = 2021, int realCopies = 0)
    {
        if (Directory.Exists(contentDir)) Directory.Delete(contentDir, recursive: true);
        Directory.CreateDirectory(contentDir);
        File.Copy(Path.Combine(SeedReport.ContentDir, "site.yml"), Path.Combine(contentDir, "site.yml"));
        File.WriteAllText(Path.Combine(contentDir, "glossary.yml"), ScaledGlossary.Build(glossaryEntries));

        var clean = SeedReport.Text;
        var metadata = NotesOnly(Path.Combine(SeedReport.ReadingDir, "reading.yml"));
        for (var i = 1; i <= readings; i++)
        {
            var random = new Random(seed + i);
            var paragraphs = clean.Paragraphs.OrderBy(_ => random.Next()).ToList();
            var slug = "reading-" + i.ToString("D4", CultureInfo.InvariantCulture);
            var dir = Path.Combine(contentDir, "readings", slug);
            Directory.CreateDirectory(dir);
            var title = $"{clean.Title} (variant {i})";
            File.WriteAllText(Path.Combine(dir, "source.txt"),
                ExtractionWriter.Write(title, clean.Dateline ?? "Pyongyang, June 30 (KCNA)", paragraphs, random.Next(70, 96), random.Next(35, 55)));
            var date = new DateOnly(2021, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, "reading.yml"), $"date: {date}\n" + metadata);
        }
        for (var i = 1; i <= realCopies; i++)
        {
            var dir = Path.Combine(contentDir, "readings", RealCopySlug(i));
            Directory.CreateDirectory(dir);
            foreach (var file in Directory.GetFiles(SeedReport.ReadingDir)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }
        // Each reading's anchors.lock as an editor commits it: `lectern anchors --accept` after the first build.
        AnchorLocks.Accept(contentDir, new DiagnosticBag());
    }

    /// <summary>The seed's notes block (quotes survive reordering); its outline does not, so it is left out.</summary>
    private static string NotesOnly(string readingYml)
    {
        if (!File.Exists(readingYml)) return "";
        var lines = File.ReadAllLines(readingYml);
        var start = Array.FindIndex(lines, l => l.StartsWith("notes:", StringComparison.Ordinal));
        if (start < 0) return "";
        var sb = new StringBuilder();
        sb.AppendLine(lines[start]);
        for (var i = start + 1; i < lines.Length && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0]) || lines[i][0] == '-' || lines[i][0] == '#'); i++)
            sb.AppendLine(lines[i]);
        return sb.ToString();
    }
}
