using Lectern.Cli.Commands;
using Lectern.Diagnostics;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

public class ErrorModelTests
{
    [Fact]
    public void Errors_in_several_files_are_all_printed_sorted_by_file_line_and_column()
    {
        var printed = BadContent.AssertRejected(s =>
            {
                File.AppendAllText(Path.Combine(s.Content, "glossary.yml"), "\n- id: political-bureau\n  term: Other\n  definition: D.\n");
                File.WriteAllText(Path.Combine(s.ReadingDir(), "reading.yml"), "title: T\ntitel: x\n");
                File.WriteAllText(Path.Combine(s.Content, "site.yml"), "title: T\nlanguage: [en]\n");
            },
            new(DiagnosticCodes.GlossaryDuplicateId, "glossary.yml", File.ReadAllLines(Path.Combine(RepoPaths.Content, "glossary.yml")).Length + 2, 3, "duplicate id 'political-bureau'"));

        Assert.Contains(printed, d => d.Code == DiagnosticCodes.YamlSchema && d.File.EndsWith("reading.yml", StringComparison.Ordinal));
        Assert.Contains(printed, d => d.Code == DiagnosticCodes.YamlSchema && d.File.EndsWith("site.yml", StringComparison.Ordinal));
        var keys = printed.Select(d => (d.File, d.Line, d.Column)).ToList();
        Assert.Equal(keys.OrderBy(k => k.File, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column), keys);
    }

    [Fact]
    public void A_missing_content_folder_is_a_positioned_error()
    {
        using var site = new TempSite(copyContent: false);
        Directory.Delete(site.Content);
        var (exit, stderr) = BadContent.Build(site);
        Assert.Equal(1, exit);
        BadContent.AssertNoStackTrace(stderr);
        BadContent.AssertContains(PrintedDiagnostic.ParseAll(stderr), new(DiagnosticCodes.MissingFile, "content", 1, 1, "the content folder does not exist"), stderr);
    }

    [Fact]
    public void A_file_system_error_is_one_line_without_a_stack_trace_and_exit_code_1()
    {
        using var site = new TempSite();
        File.WriteAllText(site.Output, "a file where the output folder should be");
        var stderr = new StringWriter();

        var exit = CommandLine.Run(["build", "--content", site.Content, "--output", site.Output, "--themes", site.Themes], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith("lectern: error: ", stderr.ToString());
        Assert.Single(stderr.ToString().Trim().Split('\n'));
        Assert.Equal("a file where the output folder should be", File.ReadAllText(site.Output));
    }

    [Fact]
    public void The_bag_has_errors_once_an_error_is_added_from_any_thread_and_not_for_warnings()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 1000, i => bag.Add(Diagnostic.Warning(DiagnosticCodes.AnchorLockMissing, $"r{i}", 1, 1, "w")));
        Assert.False(bag.HasErrors);

        Parallel.For(0, 8, i => bag.AddRange([Diagnostic.Warning(DiagnosticCodes.AnchorLockMissing, "w", 1, 1, "w"), Diagnostic.Error(DiagnosticCodes.TemplateError, $"e{i}", 1, 1, "e")]));
        Assert.True(bag.HasErrors);
        Assert.Equal(1016, bag.Sorted().Count);
    }

    [Fact]
    public void An_unexpected_exception_in_a_stage_becomes_a_positioned_error()
    {
        var bag = new DiagnosticBag();
        var result = StageGuard.Run("Clean", "readings/x/source.txt", "fallback", bag, () => throw new InvalidOperationException("boom"));
        Assert.Equal("fallback", result);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.StageFailed, "readings/x/source.txt", 1, 1), (d.Code, d.File, d.Line, d.Column));
        Assert.Equal("the Clean stage failed on this file (InvalidOperationException: boom); this is a Lectern bug: please report it with the file", d.Message);
    }

    [Fact]
    public void A_file_that_cannot_be_read_during_a_stage_is_a_missing_file_error_not_a_bug_report()
    {
        var bag = new DiagnosticBag();
        StageGuard.Run("Load", "content", 0, bag, () => throw new UnauthorizedAccessException("Access to 'content/glossary.yml' is denied."));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.MissingFile, "a file cannot be read: Access to 'content/glossary.yml' is denied."), (d.Code, d.Message));
    }

    [Fact]
    public void Content_exceptions_from_parallel_work_keep_their_own_diagnostics()
    {
        var bag = new DiagnosticBag();
        var first = Diagnostic.Error(DiagnosticCodes.TemplateError, "a.liquid", 3, 4, "one");
        var second = Diagnostic.Error(DiagnosticCodes.TemplateError, "b.liquid", 5, 6, "two");
        StageGuard.Run("Layout", "themes/default", 0, bag,
            () => throw new AggregateException(new ContentException(first), new ContentException(second)));
        Assert.Equal([first, second], bag.Sorted());
    }

    [Fact]
    public void Strict_reports_warnings_as_errors_and_fails_the_build()
    {
        using var site = new TempSite();
        File.AppendAllText(Path.Combine(site.Content, "glossary.yml"), "\n- id: hostile\n  term: Hostile\n  definition: \"[x](javascript:alert(1))\"\n  sources:\n    - title: T\n      url: https://example.org\n");

        var lenient = BuildPipeline.Run(site.Options());
        var strict = BuildPipeline.Run(site.Options() with { Strict = true });

        Assert.True(lenient.Succeeded);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(lenient.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLinkRemoved).Severity);
        Assert.False(strict.Succeeded);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(strict.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLinkRemoved).Severity);
        Assert.All(strict.Diagnostics, d => Assert.True(d.IsError));
    }
}
