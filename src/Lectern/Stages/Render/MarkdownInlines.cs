using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lectern.Stages.Render;

/// <summary>
/// The inlines of a Markdown document in document order, walked without allocating: Markdig's
/// <c>Descendants</c> makes an iterator and a stack per call, once per note and glossary definition.
/// </summary>
internal static class MarkdownInlines
{
    /// <summary>Calls <paramref name="visit"/> with every inline under <paramref name="block"/>; it must not change the tree.</summary>
    public static void ForEach<TState>(Block block, ref TState state, Visitor<TState> visit)
    {
        switch (block)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++) ForEach(container[i], ref state, visit);
                break;
            case LeafBlock { Inline: { } inline }:
                ForEach(inline, ref state, visit);
                break;
        }
    }

    public delegate void Visitor<TState>(Inline inline, ref TState state);

    private static void ForEach<TState>(ContainerInline container, ref TState state, Visitor<TState> visit)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            visit(child, ref state);
            if (child is ContainerInline nested) ForEach(nested, ref state, visit);
        }
    }
}
