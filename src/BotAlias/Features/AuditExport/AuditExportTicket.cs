namespace BotAlias.Features.AuditExport;

/// <summary>What a download link grants, sealed inside its token: who asked, for which days, until when.</summary>
/// <param name="TokenId">Random; marks the link as used after its first download.</param>
public sealed record AuditExportTicket(
    string TokenId,
    string AdminId,
    string AdminName,
    DateOnly From,
    DateOnly To,
    DateTimeOffset ExpiresAt)
{
    public AuditExportRange Range => new(From, To);
}
