using System.Diagnostics;
using System.Text;
using Lectern.Diagnostics;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>A small file must not make the build do, or print, work out of proportion to it.</summary>
public class AmplificationTests
{
    [Fact]
    public void A_glossary_reusing_one_anchored_list_thousands_of_times_is_one_error_at_once()
    {
        var yaml = new StringBuilder("- id: e0\n  term: T0\n  definition: D.\n  forms: &f [")
            .AppendJoin(", ", Enumerable.Range(0, 200).Select(i => $"form{i}")).Append("]\n");
        for (var i = 1; i <= 5000; i++) yaml.Append($"- id: e{i}\n  term: T{i}\n  definition: D.\n  forms: *f\n");
        string? stderr = null;
        var clock = Stopwatch.StartNew();

        var printed = BadContent.AssertRejected(s => File.WriteAllText(Path.Combine(s.Content, "glossary.yml"), yaml.ToString()),
            new(DiagnosticCodes.YamlAlias, "glossary.yml", 8, 10, "(5000 aliases in all)"), captured => stderr = captured);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(printed.Count < 10, $"{printed.Count} diagnostics printed");
        Assert.True(stderr!.Length < 10_000, $"{stderr.Length} characters printed");
    }

    [Fact]
    public void Repeated_diagnostics_of_one_code_are_cut_short_with_a_count()
    {
        var many = Enumerable.Range(1, DiagnosticLines.PerCode + 1500)
            .Select(i => Diagnostic.Warning(DiagnosticCodes.GlossaryUnused, "glossary.yml", i, 3, $"entry {i} is unused"))
            .Append(Diagnostic.Error(DiagnosticCodes.YamlSchema, "site.yml", 1, 1, "one of another code"));

        var lines = DiagnosticLines.Capped(many).ToList();

        Assert.Equal(DiagnosticLines.PerCode + 2, lines.Count);
        Assert.Contains(lines, l => l.Contains("one of another code", StringComparison.Ordinal));
        Assert.Contains($"entry {DiagnosticLines.PerCode} is unused", lines[DiagnosticLines.PerCode - 1]);
        Assert.Equal("… and 1,500 more LEC023 like this", lines[^1]);
    }
}
