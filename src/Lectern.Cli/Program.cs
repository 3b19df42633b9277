using Lectern.Cli.Commands;

return CommandLine.Run(args);
