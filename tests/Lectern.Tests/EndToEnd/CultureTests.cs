using System.Globalization;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

[Collection(ProcessWideState.Name)]
public class CultureTests
{
    /// <summary>
    /// The culture's number formats as Turkish has them: the percent sign before the number ("%92") and a
    /// decimal comma. Built from the invariant culture, as the tests run in invariant globalization mode,
    /// where named cultures other than the invariant one are not available.
    /// </summary>
    private static CultureInfo TurkishNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.PercentPositivePattern = 2;
        culture.NumberFormat.PercentNegativePattern = 2;
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        return culture;
    }

    [Fact]
    public void The_seed_site_is_the_same_byte_for_byte_under_a_culture_with_other_number_formats()
    {
        using var invariant = new TempSite();
        Assert.True(BuildPipeline.Run(invariant.Options()).Succeeded);

        using var turkish = new TempSite();
        var (current, threadDefault) = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = TurkishNumbers();
            Assert.Equal("%92", 0.92.ToString("P0"));
            Assert.True(BuildPipeline.Run(turkish.Options()).Succeeded);
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.DefaultThreadCurrentCulture = threadDefault;
        }

        var expected = TempSite.Snapshot(invariant.Output);
        var actual = TempSite.Snapshot(turkish.Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs under a culture with other number formats");
    }
}
