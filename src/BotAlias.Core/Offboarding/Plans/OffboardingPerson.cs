namespace BotAlias.Core.Offboarding.Plans;

public sealed record OffboardingPerson(string Id, string DisplayName);
