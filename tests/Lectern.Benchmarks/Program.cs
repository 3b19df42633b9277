using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g.:
//   dotnet run -c Release --project tests/Lectern.Benchmarks -- --filter '*Clean*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
