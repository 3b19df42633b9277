using Lectern.Anchors;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Anchors;

public class AnchorLockTests
{
    private static string LockPath(TempSite site) => Path.Combine(site.ReadingDir(), "anchors.lock");

    [Fact]
    public void The_format_is_one_id_and_opening_per_line_and_parses_back()
    {
        var text = AnchorLock.Format(Paragraphs("Short one.", new string('a', 59) + " tail that is cut", "Tabs\tand\n newlines  collapse."));
        Assert.EndsWith("p-1\tShort one.\np-2\t" + new string('a', 59) + "\np-3\tTabs and newlines collapse.\n", text);

        var bag = new DiagnosticBag();
        var parsed = AnchorLock.Parse(text, "anchors.lock", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(["p-1", "p-2", "p-3"], parsed.Entries.Select(e => e.Id));
        Assert.Equal(("Short one.", 4, 5), (parsed.Entries[0].Opening, parsed.Entries[0].Line, parsed.Entries[0].Column));
    }

    [Theory]
    [InlineData("  \u2003Lead\u00A0and\r\n inner   spaces  ", "Lead and inner spaces")]
    [InlineData("", "")]
    [InlineData(" \t\n ", "")]
    public void The_opening_collapses_whitespace_and_trims(string paragraph, string opening) =>
        Assert.Equal(opening, AnchorLock.Opening(paragraph));

    [Fact]
    public void The_opening_is_cut_at_its_length_without_a_trailing_space_or_half_a_surrogate_pair()
    {
        var sixty = new string('a', 60);
        Assert.Equal(sixty, AnchorLock.Opening(sixty + "  "));
        Assert.Equal(sixty, AnchorLock.Opening(sixty + "b"));
        Assert.Equal(new string('a', 59), AnchorLock.Opening(new string('a', 59) + "  b"));
        Assert.Equal(new string('a', 59), AnchorLock.Opening(new string('a', 59) + "\U0001F600 tail"));
        Assert.Equal(new string('a', 58), AnchorLock.Opening(new string('a', 58) + " \U0001F600 tail"));
    }

    [Theory]
    [InlineData("p-1 no tab\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("X-1\tText\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("main\tText\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("scope\tScope\nscope\tScope again\n", "scope is listed twice (first at line 1)")]
    [InlineData("p-01\tText\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("p-1234567890\tText\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("p_1\tText\n", "expected 'p-N<TAB>opening words'")]
    [InlineData("p-1\tOne\np-1\tOne again\n", "p-1 is listed twice (first at line 1)")]
    [InlineData("p-3\tThree\np-1\tOne\np-3\tThree again\n", "p-3 is listed twice (first at line 1)")]
    [InlineData("p-3\tThree\np-1\tOne\np-4\tFour\np-4\tFour again\n", "p-4 is listed twice (first at line 3)")]
    public void Malformed_lines_are_errors_with_their_line(string text, string message)
    {
        var bag = new DiagnosticBag();
        AnchorLock.Parse(text, "anchors.lock", bag);
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.AnchorLockSyntax, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Headings_are_listed_by_their_ids_in_reading_order_among_the_paragraphs()
    {
        Block Heading(string text) => new(BlockKind.Heading, 1, text, 0);
        Block[] blocks = [Heading("1. Scope"), .. Paragraphs("First."), Heading("2. Scope"), Heading("1. Scope"), .. Paragraphs("Second.")];

        var text = AnchorLock.Format(blocks);

        Assert.EndsWith("1-scope\t1. Scope\np-1\tFirst.\n2-scope\t2. Scope\n1-scope-2\t1. Scope\np-2\tSecond.\n", text);
        var bag = new DiagnosticBag();
        var parsed = AnchorLock.Parse(text, "anchors.lock", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal(["p-1", "p-2"], parsed.Entries.Select(e => e.Id));
        Assert.Equal([("1-scope", "1. Scope", 4), ("2-scope", "2. Scope", 6), ("1-scope-2", "1. Scope", 7)], parsed.Headings.Select(h => (h.Id, h.Opening, h.Line)));
    }

    private static Block[] Paragraphs(params string[] texts) => [.. texts.Select(t => new Block(BlockKind.Paragraph, 0, t, 0))];

    [Fact]
    public void Lines_out_of_order_are_read_each_with_its_own_number()
    {
        var bag = new DiagnosticBag();
        var parsed = AnchorLock.Parse("p-2\tTwo\np-10\tTen\np-1\tOne\np-3\tThree\n", "anchors.lock", bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal([(2, "p-2", "Two", 1), (10, "p-10", "Ten", 2), (1, "p-1", "One", 3), (3, "p-3", "Three", 4)],
            parsed.Entries.Select(e => (e.Number, e.Id, e.Opening, e.Line)));
    }

    [Fact]
    public void The_seed_reading_has_a_committed_lock_that_matches_its_text()
    {
        using var site = new TempSite();
        Assert.True(File.Exists(LockPath(site)));
        var result = BuildPipeline.Run(site.Options());
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "LEC045" or "LEC046" or "LEC047" or "LEC048");
    }

    [Fact]
    public void A_changed_paragraph_fails_the_build_naming_the_id_and_both_texts_until_accepted()
    {
        using var site = new TempSite();
        var source = Path.Combine(site.ReadingDir(), "source.txt");
        File.WriteAllText(source, File.ReadAllText(source).Replace("The report informed in detail about", "The report informed in great detail about"));

        var result = BuildPipeline.Run(site.Options());
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.AnchorMoved, error.Code);
        Assert.EndsWith("anchors.lock", error.File);
        Assert.Equal((15, 6), (error.Line, error.Column));
        Assert.Contains("p-12 would point at different text", error.Message);
        Assert.Contains("\"The report informed in detail about the dereliction of duty\"", error.Message);
        Assert.Contains("\"The report informed in great detail about the dereliction of\"", error.Message);

        var (exit, output, _) = CliRunner.Run("anchors", "--accept", "--content", site.Content);
        Assert.Equal(0, exit);
        Assert.Contains("Wrote ", output);
        Assert.Contains("p-12\tThe report informed in great detail about the dereliction of\n", File.ReadAllText(LockPath(site)));
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
    }

    [Fact]
    public void Accept_on_a_malformed_lock_rewrites_it_and_succeeds()
    {
        using var site = new TempSite();
        File.WriteAllText(LockPath(site), "p-1 without a tab\nnot a lock line at all\n");
        Assert.Equal(1, CliRunner.Run("anchors", "--content", site.Content).Exit);

        var (exit, output, err) = CliRunner.Run("anchors", "--accept", "--content", site.Content);

        Assert.True(exit == 0, err);
        Assert.Contains("Wrote ", output);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Content, "readings", RepoPaths.SeedSlug, "anchors.lock")), File.ReadAllText(LockPath(site)));
        Assert.Empty(Directory.GetFiles(site.ReadingDir(), "*.lectern-tmp"));
    }

    [Fact]
    public void Accept_replaces_the_lock_by_renaming_a_new_file_over_it()
    {
        using var site = new TempSite();
        File.WriteAllText(LockPath(site), "# an old lock\n");
        // A hard link shares the old file's bytes: written in place, the second name would change as well.
        var otherName = Path.Combine(site.Root, "old-lock-copy");
        Assert.True(Lectern.Stages.Write.HardLink.TryCreate(LockPath(site), otherName));

        Assert.Equal(0, CliRunner.Run("anchors", "--accept", "--content", site.Content).Exit);

        Assert.Equal("# an old lock\n", File.ReadAllText(otherName));
        Assert.StartsWith("# anchors.lock", File.ReadAllText(LockPath(site)));
    }

    [Fact]
    public void An_id_locked_beyond_the_last_paragraph_is_an_error()
    {
        using var site = new TempSite();
        File.AppendAllText(LockPath(site), "p-38\tA paragraph that was removed\n");
        var (exit, _, err) = CliRunner.Run("anchors", "--content", site.Content);
        Assert.Equal(1, exit);
        Assert.Contains("anchors.lock:41:6: error LEC045: p-38 is published pointing at \"A paragraph that was removed\", but the reading now has only 37 paragraphs", err);
    }

    [Fact]
    public void Without_a_lock_or_with_new_paragraphs_the_build_warns_and_accept_adds_them()
    {
        using var site = new TempSite();
        var lines = File.ReadAllLines(LockPath(site));
        File.WriteAllLines(LockPath(site), lines.Where(l => !l.StartsWith("p-36") && !l.StartsWith("p-37")));
        var partial = BuildPipeline.Run(site.Options());
        Assert.True(partial.Succeeded);
        Assert.Contains(partial.Diagnostics, d => d.Code == DiagnosticCodes.AnchorNotLocked && d.Message.StartsWith("p-36, p-37 are not in anchors.lock yet"));

        File.Delete(LockPath(site));
        var none = BuildPipeline.Run(site.Options());
        Assert.True(none.Succeeded);
        Assert.Contains(none.Diagnostics, d => d.Code == DiagnosticCodes.AnchorLockMissing && d.Message.Contains("lectern anchors --accept"));
        Assert.False(BuildPipeline.Run(site.Options() with { Strict = true }).Succeeded);

        Assert.Equal(0, CliRunner.Run("anchors", "--accept", "--content", site.Content).Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Content, "readings", RepoPaths.SeedSlug, "anchors.lock")), File.ReadAllText(LockPath(site)));
        var (exit, output, _) = CliRunner.Run("anchors", "--accept", "--content", site.Content);
        Assert.Equal(0, exit);
        Assert.Contains("is up to date (37 ids)", output);
    }
}
