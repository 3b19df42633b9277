using System.CommandLine;
using Lectern.Diagnostics;
using Lectern.Pipeline;

namespace Lectern.Cli.Commands;

/// <summary>
/// <c>lectern anchors [--accept]</c>: checks that every published paragraph id still points at its text,
/// or records the current ids and texts in each reading's <c>anchors.lock</c>.
/// </summary>
public static class AnchorsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = new Option<string>("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var accept = new Option<bool>("--accept") { Description = "Record the current paragraph and heading ids and texts in each reading's anchors.lock" };
        var command = new Command("anchors", "Check paragraph and heading ids against anchors.lock, or accept the current ones") { content, accept };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(accept), stdout, stderr));
        return command;
    }

    public static int Run(string contentDir, bool accept, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        if (accept)
        {
            foreach (var update in AnchorLocks.Accept(contentDir, diagnostics))
                stdout.WriteLine(update.Written ? $"Wrote {update.Path} ({update.Ids} ids)." : $"{update.Path} is up to date ({update.Ids} ids).");
        }
        else
        {
            AnchorLocks.Check(contentDir, diagnostics);
        }

        var sorted = diagnostics.Sorted();
        foreach (var diagnostic in sorted) stderr.WriteLine(diagnostic);
        if (sorted.Any(d => d.IsError)) return CommandLine.ContentErrors;
        if (!accept) stdout.WriteLine(sorted.Count == 0 ? "Every id points at its published text." : "No id points at different text; see the warnings.");
        return CommandLine.Success;
    }
}
