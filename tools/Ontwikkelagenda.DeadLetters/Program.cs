using Ontwikkelagenda.DeadLetters;

// ./deadletters.sh list | show <n|messageId> | replay --all|<n|messageId>  [--wachtrij Q] [--amqp URL] [--endpoints-file F]
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await DeadLetterCommand.RunAsync(args, Console.Out, Console.Error, cancel.Token);
