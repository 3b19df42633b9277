namespace Lectern.Stages.Enrich;

/// <summary>One AngleSharp pass over a reading's parsed body. Passes share one parse per page.</summary>
public interface IEnrichPass
{
    void Apply(EnrichContext context);
}
