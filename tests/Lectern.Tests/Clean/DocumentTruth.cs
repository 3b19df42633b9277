using System.Text.Json;
using System.Text.RegularExpressions;
using Lectern.Documents;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>A development document's truth (title and blocks), and how the project's scorer compares a cleaned text with it.</summary>
public static class DocumentTruth
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Lectern.Tests", "Clean", "Documents");

    /// <summary>The truth of document <paramref name="name"/> (Documents/&lt;name&gt;.json): its title and blocks.</summary>
    public static Truth Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().Select(b =>
        {
            var kind = Enum.Parse<BlockKind>(b.GetProperty("kind").GetString()!, ignoreCase: true);
            var level = kind == BlockKind.Heading ? b.TryGetProperty("level", out var l) ? l.GetInt32() : 1 : 0;
            return new Block(kind, level, b.GetProperty("text").GetString()!, 0);
        }).ToList();
        return new Truth(json.RootElement.GetProperty("title").GetString()!, blocks)
        {
            Dateline = json.RootElement.TryGetProperty("dateline", out var d) ? d.GetString() : null,
            EndMark = json.RootElement.TryGetProperty("endMark", out var e) ? e.GetString() : null,
        };
    }

    /// <summary>The normalised words of <paramref name="texts"/>, counted: two texts keep the same words when these are equal.</summary>
    public static Dictionary<string, int> Words(IEnumerable<string> texts)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var word in Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words[word] = words.GetValueOrDefault(word) + 1;
        return words;
    }

    /// <summary>The pairs of truth and cleaned blocks whose texts match, in order (a longest common subsequence).</summary>
    public static List<(Block Truth, Block Clean)> Aligned(List<Block> truth, IReadOnlyList<Block> clean)
    {
        var (a, b) = (truth.Select(t => Normalize(t.Text)).ToArray(), clean.Select(c => Normalize(c.Text)).ToArray());
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        var pairs = new List<(Block, Block)>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j]) { pairs.Add((truth[i], clean[j])); i++; j++; }
            else if (lengths[i + 1, j] >= lengths[i, j + 1]) i++;
            else j++;
        }
        return pairs;
    }

    /// <summary>As the project's scorer normalises: spacing, soft hyphens, quotes, hyphens, dashes, ligatures, a leading bullet.</summary>
    public static string Normalize(string text)
    {
        var s = text.Replace("\u00AD", "");
        s = Regex.Replace(s, @"[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\n\f\v]", " ").Trim();
        s = Regex.Replace(s, @"^[\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u25A0\u25A1\u2023\u2043\u00B7\u2219\u2013\u2014]\s+", "");
        s = Regex.Replace(s, "[\u2018\u2019\u02BC\u2032\u201B]", "'");
        s = Regex.Replace(s, "[\u201C\u201D\u2033\u201F]", "\"");
        s = s.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2212', '-');
        s = Regex.Replace(s, @"\s*(\u2014|\u2013|--)\s*", " -- ");
        s = s.Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB00", "ff").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl").Replace("\u2026", "...");
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}

/// <summary>A document's true title and blocks, and its dateline and end mark if it has them.</summary>
public sealed record Truth(string Title, List<Block> Blocks)
{
    public string? Dateline { get; init; }
    public string? EndMark { get; init; }

    /// <summary>Every text of the document, in order: title, dateline, blocks, end mark.</summary>
    public IEnumerable<string> Texts() => [Title, Dateline ?? "", .. Blocks.Select(b => b.Text), EndMark ?? ""];
}
