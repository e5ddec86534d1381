using BotAlias.Core.Bulk;
using BotAlias.Features.AuditExport;
using BotAlias.Features.Bulk.Export;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

/// <summary>CSV links for a run's cards, made out to the person who sees the card, and only to admins.</summary>
public sealed class BulkLinks(
    BulkExportTokens tokens, People.ActorResolver actors, Core.Directory.IDirectory directory, IOptions<AuditExportOptions> exportOptions, IOptions<BulkFeatureOptions> options, TimeProvider clock)
{
    public async Task<Uri?> ForAsync(BulkRun run, string viewerId, CancellationToken cancellationToken)
    {
        if (await actors.IsAdminAsync(viewerId, cancellationToken) is false)
        {
            return null;
        }

        var name = (await directory.FindUserAsync(viewerId, cancellationToken))?.DisplayName ?? viewerId;
        var ticket = new BulkExportTicket(BulkExportTokens.NewTokenId(), run.Id, viewerId, name, clock.GetUtcNow() + options.Value.LinkLifetime);
        return BulkExportLink.For(exportOptions.Value.PublicBaseUrl, tokens.Seal(ticket));
    }
}
