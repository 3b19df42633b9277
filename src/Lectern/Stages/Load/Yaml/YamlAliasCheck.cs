using Lectern.Diagnostics;
using YamlDotNet.Core;

namespace Lectern.Stages.Load;

/// <summary>
/// Refuses YAML aliases (<c>*name</c>) in content files. Each alias repeats the whole node it names, so a
/// small file can stand for millions of values (and as many diagnostics); content files have no need of
/// them, as every entry is written out. Anchors alone (<c>&amp;name</c>) repeat nothing and are let be.
/// </summary>
internal static class YamlAliasCheck
{
    /// <summary>False, with one error at the first alias that counts them all, when <paramref name="text"/> has an alias.</summary>
    public static bool Passes(string text, string path, DiagnosticBag diagnostics)
    {
        Mark? first = null;
        var count = 0;
        try
        {
            // The Parser, as the Deserializer reads: it stops at the first syntax error, where a bare Scanner goes on.
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is not YamlDotNet.Core.Events.AnchorAlias alias) continue;
                first ??= alias.Start;
                count++;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // A syntax error: the Deserializer reports it, at its place, with its words.
        }
        if (first is not { } at) return true;
        var more = count > 1 ? $" ({count} aliases in all)" : "";
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlAlias, path, (int)at.Line, (int)at.Column,
            $"YAML aliases (*name) are not allowed in content files{more}: each repeats a whole node; write the values out"));
        return false;
    }
}
