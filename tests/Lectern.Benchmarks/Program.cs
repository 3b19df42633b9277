using System.Globalization;
using BenchmarkDotNet.Running;
using Lectern.Benchmarks.Corpus;
using Lectern.Benchmarks.Glossary;
using Lectern.Benchmarks.Scale;
using Lectern.Benchmarks.Search;

// dotnet run -c Release --project tests/Lectern.Benchmarks -- scale [1,100,1000] [runs]
//     whole-build timings of generated libraries, with Hugo side by side where installed
// dotnet run -c Release --project tests/Lectern.Benchmarks -- preview [1000] [edits]
//     the time from saving one reading's file to the rebuild, lectern serve beside hugo server
// dotnet run -c Release --project tests/Lectern.Benchmarks -- search [1000] [rounds]
//     how soon the site search shows results, and what a query downloads, in Chromium
// dotnet run -c Release --project tests/Lectern.Benchmarks -- corpus OUT_DIR N [GLOSSARY_ENTRIES]
//     writes a generated content folder
// dotnet run -c Release --project tests/Lectern.Benchmarks -- glossary-ratio [rounds]
//     glossary matching with 1,000 entries against 10, timed in alternating batches
// dotnet run -c Release --project tests/Lectern.Benchmarks -- --filter '*'
//     the BenchmarkDotNet stage benchmarks
switch (args.FirstOrDefault())
{
    case "scale":
        var sizes = (args.ElementAtOrDefault(1) ?? "1,100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return ScaleRunner.Run(sizes, int.Parse(args.ElementAtOrDefault(2) ?? "3", CultureInfo.InvariantCulture));
    case "preview":
        return PreviewRunner.Run(int.Parse(args.ElementAtOrDefault(1) ?? "1000", CultureInfo.InvariantCulture),
            int.Parse(args.ElementAtOrDefault(2) ?? "9", CultureInfo.InvariantCulture));
    case "search":
        return await SearchRunner.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "1000", CultureInfo.InvariantCulture),
            int.Parse(args.ElementAtOrDefault(2) ?? "3", CultureInfo.InvariantCulture));
    case "corpus":
        CorpusGenerator.Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture),
            int.Parse(args.ElementAtOrDefault(3) ?? "0", CultureInfo.InvariantCulture));
        return 0;
    case "glossary-ratio":
        return GlossaryMatchRatio.Run(int.Parse(args.ElementAtOrDefault(1) ?? "200", CultureInfo.InvariantCulture));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Lectern.Benchmarks.BenchmarkInputs).Assembly).Run(args);
        return 0;
}
