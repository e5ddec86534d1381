namespace LoadGenerator;

/// <summary>How to start one bot: a command line, its environment, and the port it must listen on.</summary>
internal sealed record BotUnderTest(string Name, string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, bool HasAliasForm);
