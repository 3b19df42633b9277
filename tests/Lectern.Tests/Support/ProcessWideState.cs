namespace Lectern.Tests.Support;

/// <summary>
/// Tests that change what the whole process shares (the default culture of every thread) or measure it
/// (memory allocated): they run alone, after the parallel tests, so neither disturbs the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideState
{
    public const string Name = "process-wide state";
}
