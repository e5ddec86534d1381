namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>A mailbox's SMTP addresses as stored: the primary and the secondaries, without prefixes.</summary>
internal sealed record MailboxAddresses(string Primary, IReadOnlyList<string> Secondaries);
