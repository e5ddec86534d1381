namespace BotAlias.Features.Bulk.Export;

/// <summary>What a bulk CSV link grants, sealed inside its token: which run, for which admin, until when.</summary>
/// <param name="TokenId">Random; names the link in the audit log without putting the token itself there.</param>
public sealed record BulkExportTicket(string TokenId, string RunId, string AdminId, string AdminName, DateTimeOffset ExpiresAt);
