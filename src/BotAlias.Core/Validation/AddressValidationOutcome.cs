namespace BotAlias.Core.Validation;

public enum AddressValidationOutcome
{
    Valid,

    /// <summary>The target already holds the address: an answer ("nothing to do"), not an error.</summary>
    AlreadyHeldByTarget,

    Refused,
}
