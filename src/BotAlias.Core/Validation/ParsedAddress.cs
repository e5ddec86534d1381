using BotAlias.Core.Addresses;

namespace BotAlias.Core.Validation;

/// <summary>Either the address the user meant, or why their text is not one.</summary>
internal sealed record ParsedAddress(EmailAddress? Address, ValidationProblem? Problem);
