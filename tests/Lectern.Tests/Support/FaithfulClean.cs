using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Support;

/// <summary>Cleans a hand-made extraction for a rule's test, first asserting the fidelity check found nothing lost, added or reordered.</summary>
public static class FaithfulClean
{
    public static CleanText Of(string raw)
    {
        var result = TextCleaner.Clean(raw);
        Assert.Null(result.FidelityError);
        return result.Text;
    }
}
