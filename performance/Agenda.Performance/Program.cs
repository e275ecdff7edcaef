using BenchmarkDotNet.Running;

// dotnet run -c Release --project performance/Agenda.Performance -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
