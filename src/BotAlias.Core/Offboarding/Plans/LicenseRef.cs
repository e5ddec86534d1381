namespace BotAlias.Core.Offboarding.Plans;

/// <summary>A licence by id, with its product's short name for people to read.</summary>
public sealed record LicenseRef(Guid SkuId, string SkuPartNumber);
