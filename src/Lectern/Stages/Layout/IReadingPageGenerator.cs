using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>Produces one reading's files (its page, its source notes, its annotations); called for each reading, in parallel.</summary>
public interface IReadingPageGenerator
{
    IEnumerable<OutputFile> Generate(LayoutContext context, Reading reading);
}
