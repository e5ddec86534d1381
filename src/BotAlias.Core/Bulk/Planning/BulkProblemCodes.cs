using BotAlias.Core.Validation;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Stable codes for bulk-only refusals. Domain refusals keep the address policy's codes
/// (<see cref="AddressProblemCodes"/>), since they are the same rule.
/// </summary>
public static class BulkProblemCodes
{
    public const string PatternMissing = "bulk.pattern_missing";
    public const string PatternInvalid = "bulk.pattern_invalid";
    public const string DomainMissing = "bulk.domain_missing";
    public const string SameDomain = "bulk.same_domain";
}
