using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Addresses;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.SelfService;

/// <summary>
/// "Request removal" on your own secondary address: the same approval and provisioning as adding one.
/// The address in the card data is checked against your mailbox; the primary can never be removed.
/// </summary>
public sealed class RequestRemovalHandler(ActorResolver actors, AliasRequestIntake intake) : IAdaptiveCardActionHandler
{
    public string Verb => SelfServiceVerbs.RequestRemoval;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor?.User.Mailbox is not { } mailbox)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        if (await intake.FindEarlierAsync(turn, cancellationToken) is { } earlier)
        {
            return Status(earlier);
        }

        if (!EmailAddress.TryParse(action.DataString("address"), out var address) || !mailbox.AllAddresses.Contains(address))
        {
            return AdaptiveCardInvokeResponse.Message("That address is not one of yours.");
        }

        if (address == mailbox.PrimaryAddress)
        {
            return AdaptiveCardInvokeResponse.Message("Your primary address cannot be removed: mail you send goes out from it.");
        }

        if (mailbox.OnPremisesSyncEnabled)
        {
            return AdaptiveCardInvokeResponse.Message("Your mailbox is synchronized from the on-premises directory, so its addresses are changed there: ask IT.");
        }

        var result = await intake.SubmitAsync(turn, new AliasIntake(AliasRequestKind.Remove, actor, mailbox, address!, AliasReason.Other, "Removal asked from \"my aliases\""), cancellationToken);
        return Status(result.Request);
    }

    private static AdaptiveCardInvokeResponse Status(AliasRequest request) =>
        AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasStatusCard.Create(request)));
}
