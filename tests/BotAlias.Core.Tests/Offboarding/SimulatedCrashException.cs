namespace BotAlias.Core.Tests.Offboarding;

/// <summary>Stands for the process dying mid-step: nothing after it runs, and the runner must not catch it.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
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
