using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Agenda.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
