using BotAlias.Core.Directory;

namespace BotAlias.Features.Offboarding;

/// <summary>What the form offers this person: a choice of their reports (managers) or a typed leaver (admins), and external forwarding only when the organisation allows it.</summary>
public sealed record OffboardingFormContext(bool IsAdmin, IReadOnlyList<DirectoryUser> Reports, bool ExternalForwardingAllowed);
