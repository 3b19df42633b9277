using Lectern.Documents;

namespace Lectern.Cli.Commands;

/// <summary>Prints a cleanup report as plain text, one decision a line: source line, kind, what, evidence.</summary>
public static class CleanupReportPrinter
{
    public static void Print(CleanupReport report, TextWriter output)
    {
        output.WriteLine($"{report.Decisions.Count} cleanup decisions");
        foreach (var group in report.Decisions.GroupBy(d => d.Kind).OrderBy(g => g.Key))
            output.WriteLine($"  {group.Key}: {group.Count()}");
        output.WriteLine();
        foreach (var d in report.Decisions)
            output.WriteLine($"line {d.Line,5}  {d.Kind,-19}  {d.Text}  [{d.Evidence}]");
    }
}
