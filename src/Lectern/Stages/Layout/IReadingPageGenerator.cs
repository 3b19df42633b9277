using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// Makes one reading's files (its page, its source notes, its annotations) and writes each into the sink as
/// soon as it is made; called for each reading, in parallel.
/// </summary>
public interface IReadingPageGenerator
{
    void Write(LayoutContext context, Reading reading, IOutputSink output);
}
