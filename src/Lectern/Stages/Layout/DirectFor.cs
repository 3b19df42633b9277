using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Lectern.Stages.Layout;

/// <summary>
/// A plain <c>{% for x in list %}</c> (no limit, offset or reversed) that runs as Fluid's loop does, with the
/// same <c>forloop</c>, <c>parentloop</c> and scope, at less cost per loop: an array is read where it is rather
/// than copied into a list, and a loop run again under the same parent scope (an inner loop, once per row of
/// the outer one: a concordance page's paragraph links, a note's sources) reuses the scope it made the last
/// time rather than making a scope and its dictionary each time. Such a scope only ever holds <c>forloop</c>,
/// <c>parentloop</c> and the loop variable (whatever else the body sets goes to the parent), each set again
/// before the body runs, so a reused one holds what a new one would. <c>for_continue_x</c>, which Fluid sets at
/// every step for <c>offset: continue</c>, is set once the loop ends (templates with such a loop keep Fluid's).
/// </summary>
public sealed class DirectForStatement(ForStatement loop) : Statement
{
    /// <summary>Whether <paramref name="loop"/> is a plain loop over a variable, which this statement runs.</summary>
    public static bool Handles(ForStatement loop) =>
        loop is { Source: MemberExpression, Limit: null, Offset: null, Reversed: false, Range: null };

    /// <summary>The loop as Fluid parsed it (its body rewritten).</summary>
    public ForStatement Loop => loop;

    private readonly string _continueName = "for_continue_" + ((IdentifierSegment)((MemberExpression)loop.Source).Segments[0]).Identifier;

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var source = await loop.Source.EvaluateAsync(context);
        var items = source is ArrayValue array ? array.Values : source.Enumerate(context).ToList();
        if (items.Count == 0)
        {
            if (loop.Else is not null) await loop.Else.WriteToAsync(writer, encoder, context);
            return Completion.Normal;
        }
        var parentLoop = context.GetValue("forloop");
        var scope = EnterScope(context);
        var i = 0;
        try
        {
            var forloop = new ForLoopValue { Length = items.Count };
            scope.SetOwnValue("forloop", forloop);
            if (!parentLoop.IsNil()) scope.SetOwnValue("parentloop", parentLoop);
            else scope.DeleteOwn("parentloop"); // a reused scope's, had the parent's forloop been assigned since
            for (; i < items.Count; i++)
            {
                context.IncrementSteps();
                scope.SetOwnValue(loop.Identifier, items[i]);
                forloop.Index = i + 1;
                forloop.Index0 = i;
                forloop.RIndex = items.Count - i;
                forloop.RIndex0 = items.Count - i - 1;
                forloop.First = i == 0;
                forloop.Last = i == items.Count - 1;
                var completion = Completion.Normal;
                for (var s = 0; s < loop.Statements.Count; s++)
                {
                    completion = await loop.Statements[s].WriteToAsync(writer, encoder, context);
                    if (completion != Completion.Normal) break;
                }
                if (completion == Completion.Break) break;
            }
        }
        finally
        {
            context.ReleaseScope();
        }
        // What Fluid set at the last step it began.
        context.SetValue(_continueName, Math.Min(i + 1, items.Count));
        return Completion.Normal;
    }

    /// <summary>Enters a for-loop scope under the current one, as <see cref="TemplateContext.EnterForLoopScope"/> does, reusing this thread's last one for this loop and parent.</summary>
    private Scope EnterScope(TemplateContext context)
    {
        var parent = LocalScope(context);
        var reusable = t_scopes ??= new Reusable[8];
        var slot = -1;
        for (var k = 0; k < reusable.Length; k++)
            if (ReferenceEquals(reusable[k].Loop, this)) { slot = k; break; }
        if (slot >= 0 && ReferenceEquals(reusable[slot].Parent, parent))
        {
            // EnterForLoopScope's depth count, without its new scope; past the limit, it throws as it would.
            var max = context.Options.MaxRecursion;
            ref var depth = ref Recursion(context);
            if (max > 0 && depth > max) context.EnterForLoopScope();
            if (max > 0) depth++;
            SetLocalScope(context, reusable[slot].Scope!);
            return reusable[slot].Scope!;
        }
        context.EnterForLoopScope();
        var scope = LocalScope(context);
        if (slot < 0) slot = t_next++ & (reusable.Length - 1);
        reusable[slot] = new Reusable(this, parent, scope);
        return scope;
    }

    private readonly record struct Reusable(DirectForStatement? Loop, Scope? Parent, Scope? Scope);

    // The last scope of each of this thread's most recent loops: templates render on one thread at a time.
    [ThreadStatic] private static Reusable[]? t_scopes;
    [ThreadStatic] private static int t_next;

    // Fluid keeps the current scope and the depth count internal; its own loop sets them as these do. A Fluid
    // that renames them makes every loop throw a MissingMethodException or MissingFieldException, which DirectForTests catch.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_LocalScope")]
    private static extern Scope LocalScope(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_LocalScope")]
    private static extern void SetLocalScope(TemplateContext context, Scope scope);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_recursion")]
    private static extern ref int Recursion(TemplateContext context);
}
