namespace BotAlias.Core.Tests.Bulk.Execution;

/// <summary>The process dying after the directory took a batch but before the store recorded it.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("The host died after writing to the directory.")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
