using System.Globalization;
using System.Text;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;
using Xunit.Abstractions;

namespace Lectern.Tests.Hardening;

/// <summary>
/// Random mutations of the seed and the samples (deleted lines, form feeds, hyphens, truncation, junk
/// characters) must never crash the cleaner, and when it reports no fidelity error the cleaned text must
/// really hold the source's letters, in order, none lost or invented (page furniture it recorded as
/// removed aside). Fixed seed, bounded count: the same cases on every run.
/// </summary>
public class CleanerFuzzTests(ITestOutputHelper output)
{
    private const int CasesPerText = 500;
    private static readonly string[] Junk = ["\0", "\u0001", "\u001B", "\uFFFD", "\u00AD", "\u00A0", "\t", "\r", "\f", "\u200B", "\uFEFF", "é", "Ж", "한", "😀", "ﬁ", "--", "-0-", " - 2 -", "\nPage 3 of 5\n", "\n12\n", "\n\n\n", "(KCNA)", "Pyongyang, June 30 (KCNA) --"];

    /// <summary>The seed and one extraction by each kind of tool (nroff text, pdftotext, pdftotext -layout).</summary>
    private static readonly string[] Samples = ["nroff-indented-w66.txt", "pdftotext-a4.txt", "pdftotext-layout-letter.txt"];

    public static IEnumerable<object[]> Texts() =>
        new[] { Path.GetFileName(RepoPaths.SeedSource) }.Concat(Samples).Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Texts))]
    public void Mutated_texts_never_crash_the_cleaner_nor_silently_change_its_words(string name)
    {
        var path = name == Path.GetFileName(RepoPaths.SeedSource) ? RepoPaths.SeedSource : Path.Combine(RepoPaths.Samples, name);
        var original = File.ReadAllText(path);
        var random = new Random(20210629 + name.Length);
        var reported = 0;

        for (var i = 0; i < CasesPerText; i++)
        {
            var mutated = Mutate(original, random);
            CleanResult result;
            try
            {
                result = TextCleaner.Clean(mutated);
            }
            catch (Exception ex)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"lectern-fuzz-{name}-{i}.txt");
                File.WriteAllText(saved, mutated);
                throw new Xunit.Sdk.XunitException($"case {i} of {name} crashed the cleaner ({ex.GetType().Name}: {ex.Message}); input saved to {saved}\n{ex}");
            }

            if (result.FidelityError is { } error)
            {
                if (++reported <= 3) output.WriteLine($"{name} case {i}: {error}");
                Assert.Matches(@"\d", error);
                continue;
            }
            var (expected, actual) = (SourceLetters(mutated, result.Text.Report), CleanLetters(result.Text));
            if (expected != actual)
            {
                var at = FirstDifference(expected, actual);
                Assert.Fail($"case {i} of {name}: no fidelity error reported, but the letters differ at {at}: " +
                            $"source '…{Slice(expected, at)}…' vs cleaned '…{Slice(actual, at)}…'");
            }
        }
        output.WriteLine($"{name}: {CasesPerText} mutations, {reported} reported a fidelity error with its place, none crashed or changed words silently");
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0 when lines.Count > 1: lines.RemoveAt(at); break;
                case 1: lines[at] = Insert(lines[at], "\f", random); break;
                case 2: lines[at] = Insert(lines[at], "-", random); break;
                case 3:
                    // Break the line inside a word, with a hyphen, as a typesetter would.
                    var line = lines[at];
                    var cut = random.Next(line.Length + 1);
                    lines[at] = line[..cut] + "-";
                    lines.Insert(at + 1, line[cut..]);
                    break;
                case 4: lines[at] = Insert(lines[at], Junk[random.Next(Junk.Length)], random); break;
                default:
                    var joined = string.Join('\n', lines);
                    lines = joined[..random.Next(joined.Length / 2, joined.Length + 1)].Split('\n').ToList();
                    break;
            }
            if (lines.Count == 0) lines.Add("");
        }
        return string.Join('\n', lines);
    }

    private static string Insert(string line, string what, Random random) => line.Insert(random.Next(line.Length + 1), what);

    /// <summary>
    /// The letters and digits of the raw text, leaving out the page furniture the report says was removed
    /// (a whole line, or a page number glued to the first word of a line).
    /// </summary>
    private static string SourceLetters(string raw, CleanupReport report)
    {
        var removed = report.OfKind(CleanupKind.FurnitureRemoved).ToLookup(d => d.Line, d => Letters(d.Text));
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var letters = Letters(lines[i]);
            foreach (var cut in removed[i + 1])
                if (letters.StartsWith(cut, StringComparison.Ordinal)) letters = letters[cut.Length..];
            sb.Append(letters);
        }
        return sb.ToString();
    }

    private static string CleanLetters(CleanText clean) =>
        Letters(string.Join(" ", new[] { clean.Title, clean.Dateline ?? "" }.Concat(clean.Paragraphs).Append(clean.EndMark ?? "")));

    // Compatibility ligatures, spelt out by hand: string normalization is not available under the
    // invariant globalization the project builds with.
    private static readonly (string Ligature, string Letters)[] Ligatures =
        [("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl")];

    private static string Letters(string text)
    {
        foreach (var (ligature, letters) in Ligatures) text = text.Replace(ligature, letters, StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            if (char.IsLetterOrDigit(element, 0)) sb.Append(element);
        }
        return sb.ToString();
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }

    private static string Slice(string s, int at) => s.Substring(Math.Max(0, at - 20), Math.Min(40, s.Length - Math.Max(0, at - 20)));
}
