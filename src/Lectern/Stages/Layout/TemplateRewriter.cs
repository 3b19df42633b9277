using Fluid;
using Fluid.Ast;

namespace Lectern.Stages.Layout;

/// <summary>
/// Replaces, once when the theme is loaded, the statements that run most often with ones that run the same
/// way at less cost: every <c>{{ ... }}</c> with a <see cref="DirectOutputStatement"/> and every plain
/// <c>for</c> loop with a <see cref="DirectForStatement"/>. Everything else stays as Fluid parsed it.
/// </summary>
public sealed class TemplateRewriter : AstRewriter
{
    private readonly bool _rewriteLoops;

    private TemplateRewriter(bool rewriteLoops) => _rewriteLoops = rewriteLoops;

    // A template that continues a loop (offset: continue) reads where the earlier loop stopped while it runs,
    // which a DirectForStatement records only once it ends: such a template keeps Fluid's loops.
    public static IFluidTemplate Rewrite(IFluidTemplate template) =>
        new TemplateRewriter(rewriteLoops: !ContinuedLoopFinder.Finds(template)).VisitTemplate(template);

    // {{ x | raw }} writes x as it is; the theme's options keep Fluid's own raw filter.
    protected override Statement VisitOutputStatement(OutputStatement outputStatement) =>
        outputStatement.Expression is FilterExpression { Name: "raw", Parameters.Count: 0 } raw
            ? new DirectOutputStatement(raw.Input, raw: true)
            : new DirectOutputStatement(outputStatement.Expression, raw: false);

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var rewritten = base.VisitForStatement(forStatement);
        return _rewriteLoops && rewritten is ForStatement loop && DirectForStatement.Handles(loop) ? new DirectForStatement(loop) : rewritten;
    }

    private sealed class ContinuedLoopFinder : AstVisitor
    {
        private bool _found;

        public static bool Finds(IFluidTemplate template)
        {
            var finder = new ContinuedLoopFinder();
            finder.VisitTemplate(template);
            return finder._found;
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            _found |= forStatement.OffsetIsContinue;
            return base.VisitForStatement(forStatement);
        }
    }
}
