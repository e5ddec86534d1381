using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Directory;

namespace BotAlias.Features.SelfService;

/// <summary>Your addresses, the primary marked; each secondary one can be asked away.</summary>
public static class MyAliasesCard
{
    public static AdaptiveCard Create(Recipient mailbox)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = "Your email addresses", Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock { Text = $"{CardText.Escape(mailbox.PrimaryAddress.Value)} (primary: mail you send goes out from it)", Wrap = true, Weight = TextWeight.Bolder },
        };

        if (mailbox.SecondaryAddresses.Count == 0)
        {
            body.Add(new TextBlock { Text = "You have no secondary addresses. Type \"alias\" to ask for one.", Wrap = true, IsSubtle = true });
        }

        foreach (var address in mailbox.SecondaryAddresses)
        {
            body.Add(new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = CardText.Escape(address.Value), Wrap = true }] },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = mailbox.OnPremisesSyncEnabled
                            ? []
                            : [new ActionSet { Actions = [new ExecuteAction { Title = "Request removal", Verb = SelfServiceVerbs.RequestRemoval, Data = new JsonObject { ["address"] = address.Value } }] }],
                    },
                ],
            });
        }

        if (mailbox.OnPremisesSyncEnabled)
        {
            body.Add(new TextBlock { Text = "Your mailbox is synchronized from the on-premises directory, so its addresses are changed there: ask IT.", Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard { Body = body };
    }
}
