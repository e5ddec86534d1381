using BotAlias.Bot;
using BotAlias.BotFramework.Invoke;
using BotAlias.Core.Validation;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

public static class AliasRequestFeature
{
    public static IServiceCollection AddAliasRequestFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AddressPolicyOptions>().Bind(configuration.GetSection(AddressPolicyOptions.SectionName));
        services.AddSingleton<IValidateOptions<AddressPolicyOptions>, AddressPolicyOptionsValidator>();
        services.AddSingleton(sp => new AddressValidationPolicy(
            sp.GetRequiredService<IOptions<AddressPolicyOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<ApprovalReminderOptions>().Bind(configuration.GetSection(ApprovalReminderOptions.Section));
        services.AddSingleton<IValidateOptions<ApprovalReminderOptions>, ApprovalReminderOptionsValidator>();
        services.AddSingleton<ApprovalSchedule>();
        services.AddSingleton<AddressFacts>();
        services.AddSingleton<ApproverRouter>();
        services.AddSingleton<AliasNotifier>();
        services.AddSingleton<AliasCancellation>();
        services.AddSingleton<PrivateChat>();
        services.AddSingleton<OriginProtector>();
        services.AddSingleton<ApprovalCardLedger>();
        services.AddSingleton<ApprovalCardDelivery>();
        services.AddSingleton<AliasRequestIntake>();

        services.AddSingleton<IMessageCommand, AliasCommand>();
        services.AddSingleton<IMessageCommand, CancelCommand>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasSubmitHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasApproveHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasRejectHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasCancelHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasOpenFormHandler>();
        services.AddSingleton<IAdaptiveCardActionHandler, AliasApprovalViewHandler>();
        services.AddSingleton<IOutboxHandler, NotifyApproverJobHandler>();
        services.AddSingleton<IOutboxHandler, ProvisionJobHandler>();
        services.AddSingleton<IOutboxHandler, StatusJobHandler>();
        services.AddSingleton<IOutboxHandler, RemindApproverJobHandler>();
        services.AddSingleton<IOutboxHandler, EscalateApprovalJobHandler>();

        services.AddSingleton(new HelpTopic("alias", "Ask for a secondary email address (an alias) for your mailbox. Your manager approves it.", 10, "Request an alias", AliasVerbs.OpenForm));
        services.AddSingleton(new HelpTopic("cancel <id>", "Withdraw a request nobody has decided yet.", 20));
        return services;
    }
}
