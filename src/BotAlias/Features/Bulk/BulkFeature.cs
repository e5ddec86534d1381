using BotAlias.Bot;
using BotAlias.BotFramework.Invoke;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Features.Bulk.Export;
using BotAlias.Features.Bulk.Upload;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

public static class BulkFeature
{
    /// <summary>
    /// "bulk": an admin's change to many mailboxes at once, dry run first, approved by another, run in the background.
    /// Needs the bulk directory ports, the bulk store, and the offboarding feature's private chats (for approvers).
    /// </summary>
    public static IServiceCollection AddBulkFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BulkFeatureOptions>().Bind(configuration.GetSection(BulkFeatureOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BulkFeatureOptions>, BulkFeatureOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BulkFeatureOptions>>().Value;
            return new BulkExecutionOptions { BatchSize = options.BatchSize, SliceDuration = options.SliceDuration };
        });
        services.AddSingleton<BulkRunExecutor>();
        services.AddSingleton<BulkChangeSpecValidator>();
        services.AddSingleton<BulkLists>();
        services.AddSingleton<BulkFormCheck>();
        services.AddSingleton<BulkRates>();
        services.AddSingleton<BulkExportTokens>();
        services.AddSingleton<BulkExportDownload>();
        services.AddSingleton<BulkLinks>();
        services.AddSingleton<BulkCards>();
        services.AddSingleton<BulkNotifier>();
        services.AddSingleton<BulkApprovalLedger>();
        services.AddSingleton<BulkApprovalDelivery>();
        services.AddSingleton<BulkApproverRouter>();

        services.AddSingleton<IMessageCommand, BulkCommand>();
        services.AddBulkFileUpload();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkDryRunHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkSubmitHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkDiscardHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkApproveHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkRejectHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkPauseHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkResumeHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkCancelHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkRetryHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, BulkUndoHandler>();
        services.AddSingleton<IOutboxHandler, BulkPlanJobHandler>();
        services.AddSingleton<IOutboxHandler, BulkNotifyApproversJobHandler>();
        services.AddSingleton<IOutboxHandler, BulkRunJobHandler>();
        services.AddSingleton<IOutboxHandler, BulkStatusJobHandler>();

        services.AddSingleton(new HelpTopic("bulk", "Admins: change many mailboxes at once (a domain change, say), with a dry run first and another approver's OK.", 50));
        return services;
    }

    /// <summary>The CSV behind the cards' links: GET /bulk/export?t=...</summary>
    public static IEndpointRouteBuilder MapBulk(this IEndpointRouteBuilder endpoints) => endpoints.MapBulkExport();
}
