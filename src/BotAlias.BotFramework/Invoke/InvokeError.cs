namespace BotAlias.BotFramework.Invoke;

public sealed record InvokeError(string Code, string Message);
