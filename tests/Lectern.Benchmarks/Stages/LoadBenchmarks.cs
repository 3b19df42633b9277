using BenchmarkDotNet.Attributes;
using Lectern.Benchmarks.Corpus;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Load;

namespace Lectern.Benchmarks.Stages;

/// <summary>
/// The Load stage over a generated library of 100 readings (site.yml, glossary.yml, then each reading's
/// source.txt and reading.yml), and reading one reading.yml alone (from memory, and from its file as
/// the stage does): the per-reading YAML cost.
/// The stage row runs on all cores; compare its allocations, and the single-file row's time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LoadBenchmarks
{
    private const int Readings = 100;
    private string _content = "";
    private string _readingYaml = "";
    private string _readingYmlPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _content = Path.Combine(Path.GetTempPath(), $"lectern-load-bench-{Environment.ProcessId}");
        CorpusGenerator.Generate(_content, Readings);
        _readingYmlPath = Path.Combine(_content, "readings", "reading-0001", ContentPaths.MetadataFile);
        _readingYaml = File.ReadAllText(_readingYmlPath);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_content, recursive: true);

    [Benchmark]
    public int LoadStage100Readings() => LoadStage.Execute(_content, new DiagnosticBag()).Readings.Count;

    [Benchmark]
    public int ReadOneReadingYml() =>
        YamlContentReader.Read<ReadingMetadata>(_readingYaml, "reading.yml", new DiagnosticBag())!.Notes.Count;

    [Benchmark]
    public int ReadOneReadingYmlFile() =>
        YamlContentReader.ReadFile<ReadingMetadata>(_readingYmlPath, "reading.yml", new DiagnosticBag())!.Notes.Count;
}
