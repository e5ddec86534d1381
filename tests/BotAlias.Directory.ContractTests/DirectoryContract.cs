using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.ContractTests;

/// <summary>
/// The scenarios every directory implementation must pass, written only against the ports. Each starts from
/// the seed and asserts the state read back, not just that nothing threw. Error assertions check the exception
/// type and <see cref="DirectoryConflictException.Reason"/>, which every adapter must map; messages are each
/// adapter's own, except where a person must learn a name from them (the group that gives a licence).
/// </summary>
/// <remarks>A subclass per implementation supplies it, usually from a class fixture; the scenarios reset it first.</remarks>
public abstract partial class DirectoryContract(IDirectoryUnderTest tenant) : IAsyncLifetime
{
    protected IDirectoryUnderTest Tenant { get; } = tenant;

    protected IDirectory Directory => Tenant.Directory;

    protected IMailProvisioner Provisioner => Tenant.Provisioner;

    protected IMailboxAdministration Mailboxes => Tenant.Mailboxes;

    protected IMailContactAdministration MailContacts => Tenant.MailContacts;

    protected IMailboxSettings MailboxSettings => Tenant.MailboxSettings;

    protected IAccountAdministration Accounts => Tenant.Accounts;

    public Task InitializeAsync() => Tenant.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected static async Task<DirectoryConflictException> AssertRefusedAsync(DirectoryConflictReason reason, Func<Task> write)
    {
        var error = await Assert.ThrowsAsync<DirectoryConflictException>(write);
        Assert.Equal(reason, error.Reason);
        return error;
    }

    protected async Task<string?> HolderIdAsync(string address) =>
        (await Directory.FindHolderAsync(Core.Addresses.EmailAddress.Parse(address)))?.Recipient.Id;

    protected async Task<MailboxDetails> MailboxOfAsync(string userId) =>
        await Mailboxes.GetMailboxAsync(userId) ?? throw new InvalidOperationException($"The seed gives user {userId} a mailbox, but the directory reports none.");
}
