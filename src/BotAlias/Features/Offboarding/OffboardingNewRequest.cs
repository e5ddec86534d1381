using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Requests;

namespace BotAlias.Features.Offboarding;

/// <summary>A checked offboarding (or reversal) about to be stored.</summary>
/// <param name="StatusActivityId">The card that becomes the status card (the form's), or null when it is sent afterwards.</param>
public sealed record OffboardingNewRequest(OffboardingOptions Options, OffboardingPlan Plan, ApproverRoute Approver, string? StatusActivityId, string? ReversesRequestId = null);
