namespace BotAlias.TestSupport;

public sealed record NodeScriptResult(int ExitCode, string StandardOutput, string StandardError);
