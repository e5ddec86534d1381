using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>What a person asked for, already checked.</summary>
public sealed record AliasIntake(
    AliasRequestKind Kind,
    Actor Requester,
    Recipient Target,
    EmailAddress Address,
    AliasReason Reason,
    string? ReasonText = null,
    string? OriginConversationId = null);
