using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

public class TextCleanerSeedTests
{
    private static readonly CleanResult Seed = TextCleaner.Clean(File.ReadAllText(RepoPaths.SeedSource));
    private static readonly List<SourceLine> SeedLines = InputNormalizer.ToLines(File.ReadAllText(RepoPaths.SeedSource), []);

    [Fact]
    public void Seed_gives_the_true_title_dateline_and_end_mark()
    {
        Assert.Equal(RepoPaths.Expected.Title, Seed.Text.Title);
        Assert.Equal(RepoPaths.Expected.Dateline, Seed.Text.Dateline);
        Assert.Equal(RepoPaths.Expected.EndMark, Seed.Text.EndMark);
    }

    [Fact]
    public void Seed_gives_the_37_true_paragraphs_word_for_word()
    {
        Assert.Equal(RepoPaths.Expected.Paragraphs, Seed.Text.Paragraphs);
    }

    [Fact]
    public void Seed_passes_the_fidelity_check()
    {
        Assert.Null(Seed.FidelityError);
    }

    [Fact]
    public void Seed_records_its_page_breaks_and_blank_line_layout()
    {
        Assert.NotEmpty(Seed.Text.Report.OfKind(CleanupKind.PageBreakJoined));
        Assert.Single(Seed.Text.Report.OfKind(CleanupKind.BlankLinesDropped));
        var pageBreak = Seed.Text.Report.OfKind(CleanupKind.PageBreakJoined).First();
        Assert.StartsWith("policy tasks of the Party", pageBreak.Text);
    }

    [Fact]
    public void Fidelity_check_names_the_first_differing_word()
    {
        var clean = Seed.Text with { Paragraphs = Seed.Text.Paragraphs.Select(p => p.Replace("guided the meeting", "led the meeting")).ToList() };
        var error = FidelityCheck.Compare(SeedLines, Seed.Text.Report, clean);
        Assert.NotNull(error);
        Assert.Contains("'guided'", error.Message);
        Assert.Contains("'led'", error.Message);
        Assert.Equal(SeedLines.First(l => l.Text.Contains("guided the meeting", StringComparison.Ordinal)).Number, error.Line);
    }
}
