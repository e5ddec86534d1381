namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>Every cmdlet the fake runs, by name (cmdlet names ignore case, as in PowerShell).</summary>
public static class FakeExchangeCmdlets
{
    public static readonly IReadOnlyDictionary<string, FakeExchangeCmdlet> ByName = new FakeExchangeCmdlet[]
    {
        FakeRecipientReadCmdlets.GetMailbox,
        FakeRecipientReadCmdlets.GetMailboxStatistics,
        FakeRecipientReadCmdlets.GetRecipient,
        FakeRecipientReadCmdlets.GetUser,
        FakeRecipientReadCmdlets.GetMailContact,
        FakeRecipientReadCmdlets.GetHostedOutboundSpamFilterPolicy,
        FakeRecipientWriteCmdlets.SetMailbox,
        FakeRecipientWriteCmdlets.SetDistributionGroup,
        FakeRecipientWriteCmdlets.SetMailContact,
        FakeRecipientWriteCmdlets.SetDynamicDistributionGroup,
        FakePermissionCmdlets.AddMailboxPermission,
        FakePermissionCmdlets.RemoveMailboxPermission,
        FakePermissionCmdlets.GetMailboxPermission,
        FakePermissionCmdlets.AddRecipientPermission,
        FakePermissionCmdlets.RemoveRecipientPermission,
        FakePermissionCmdlets.GetRecipientPermission,
        FakeMailContactCmdlets.NewMailContact,
        FakeMailContactCmdlets.RemoveMailContact,
    }.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
}
