using BotAlias.Core.Requests;

namespace BotAlias.Core.Offboarding;

/// <summary>"OB-" and six characters (<see cref="ShortId"/>), as alias requests use "AR-".</summary>
public static class OffboardingRequestId
{
    public const string Prefix = "OB-";

    public static string New() => ShortId.New(Prefix);

    public static bool LooksValid(string? text) => ShortId.LooksValid(text, Prefix);
}
