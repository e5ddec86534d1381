using BotAlias.Core.Addresses;

namespace BotAlias.Core.Tests.Bulk.Execution;

internal sealed class FakeMailbox(string id, EmailAddress primary)
{
    public string Id { get; } = id;

    public EmailAddress Primary { get; set; } = primary;

    public List<EmailAddress> Secondaries { get; } = [];

    public bool Synced { get; init; }

    public bool Holds(EmailAddress address) => Primary == address || Secondaries.Contains(address);

    /// <summary>Primary and secondaries as text, secondaries sorted: two mailboxes with the same addresses print the same.</summary>
    public string Snapshot() =>
        $"{Primary.Value.ToLowerInvariant()} | {string.Join(", ", Secondaries.Select(a => a.Value.ToLowerInvariant()).Order(StringComparer.Ordinal))}";
}
