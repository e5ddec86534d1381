using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding;

/// <summary>An address of the leaver that does not move to the colleague, and why, for the preview.</summary>
public sealed record KeptAddress(EmailAddress Address, string Reason);
