namespace BotAlias.BotFramework.Tests.Authentication;

/// <summary>The real clock moved by a fixed offset, for tests about expiry and refresh intervals.</summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
