using BotAlias.Bot;
using BotAlias.BotFramework.Invoke;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Validation;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Offboarding;

public static class OffboardingFeature
{
    /// <summary>The offboarding flow; needs the directory and administration ports, the offboarding store and the alias feature (its approver routing and private chat).</summary>
    public static IServiceCollection AddOffboardingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OffboardingFeatureOptions>().Bind(configuration.GetSection(OffboardingFeatureOptions.Section));
        services.AddSingleton(sp => new OffboardingPolicyOptions
        {
            // In step with the alias policy, so an offboarding never gives a colleague more than a request could.
            MaxAddressesPerMailbox = sp.GetRequiredService<IOptions<AddressPolicyOptions>>().Value.MaxAddressesPerMailbox,
            MaxAutomaticReplyLength = sp.GetRequiredService<IOptions<OffboardingFeatureOptions>>().Value.MaxAutomaticReplyLength,
        });
        services.AddSingleton(sp => new OffboardingValidator(
            sp.GetRequiredService<IDirectory>(),
            sp.GetRequiredService<IMailboxAdministration>(),
            sp.GetRequiredService<IAccountAdministration>(),
            sp.GetRequiredService<IMailFlowPolicy>(),
            sp.GetRequiredService<IOffboardingRequestStore>(),
            sp.GetRequiredService<OffboardingPolicyOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OffboardingPlanRunner>();
        services.AddSingleton<OffboardingPeople>();
        services.AddSingleton<OffboardingFormCheck>();
        services.AddSingleton<OffboardingApproverRouter>();
        services.AddSingleton<OffboardingIntake>();
        services.AddSingleton<OffboardingRequesterActions>();
        services.AddSingleton<OffboardingReversals>();
        services.AddSingleton<OffboardingCardLedger>();
        services.AddSingleton<OffboardingChats>();
        services.AddSingleton<OffboardingApprovalDelivery>();
        services.AddSingleton<OffboardingNotifier>();
        services.AddSingleton<OffboardingReleasedAddresses>();

        services.AddSingleton<IMessageCommand, OffboardCommand>();
        services.AddSingleton<IMessageCommand, UndoOffboardingCommand>();
        services.AddSingleton<IMessageCommand, OffboardingCancelCommand>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingPreviewHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingSubmitHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingApproveHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingRejectHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingCancelHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingRetryHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, OffboardingUndoHandler>();
        services.AddSingleton<IOutboxHandler, OffboardingNotifyApproverJobHandler>();
        services.AddSingleton<IOutboxHandler, OffboardingRunJobHandler>();
        services.AddSingleton<IOutboxHandler, OffboardingStatusJobHandler>();
        services.AddSingleton<IOutboxHandler, OffboardingColleagueJobHandler>();

        services.AddSingleton(new HelpTopic("offboard <name>", "Managers and admins: hand a leaver's mail to a colleague and end their access, approved in Teams.", 40));
        services.AddSingleton(new HelpTopic("undo <OB-id>", "Admins: undo a completed offboarding, through the same approval.", 45));
        return services;
    }
}
