using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>One row of the preview's address table: which address goes from whom to whom.</summary>
public sealed record AddressMovePreview(EmailAddress Address, string From, string To);
