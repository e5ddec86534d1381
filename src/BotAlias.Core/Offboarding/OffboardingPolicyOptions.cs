namespace BotAlias.Core.Offboarding;

/// <summary>Limits the offboarding rules apply; bind MaxAddressesPerMailbox to the address policy's value to keep them in step.</summary>
public sealed class OffboardingPolicyOptions
{
    /// <summary>Microsoft's limit for a shared mailbox without a licence.</summary>
    public const long DefaultSharedMailboxLimitBytes = 50L * 1024 * 1024 * 1024;

    /// <summary>Primary plus secondary SMTP addresses the colleague may end up with.</summary>
    public int MaxAddressesPerMailbox { get; set; } = 200;

    /// <summary>Above this size a shared mailbox needs a licence, so licences cannot be removed.</summary>
    public long SharedMailboxLimitBytes { get; set; } = DefaultSharedMailboxLimitBytes;

    /// <summary>Longest automatic reply accepted; Outlook's own editor stops well before Graph does.</summary>
    public int MaxAutomaticReplyLength { get; set; } = 4000;
}
