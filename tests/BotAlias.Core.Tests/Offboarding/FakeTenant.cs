using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>
/// A small in-memory organisation implementing every port offboarding uses, with Exchange's rules: an address
/// has one holder, a primary is never removed, synced objects refuse changes, each write is idempotent and
/// returns what it reads back. Any write can be made to fail (before or after it takes effect) or to "crash".
/// </summary>
internal sealed class FakeTenant :
    IDirectory, IMailProvisioner, IMailboxAdministration, IMailContactAdministration, IMailboxSettings, IAccountAdministration, IMailFlowPolicy
{
    private readonly Dictionary<int, TenantFault> _faults = [];
    private int _nextContact = 1;

    public List<TenantDomain> Domains { get; } = [];

    public Dictionary<string, FakeUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeContact> Contacts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Groups, for the names of licence groups; they hold no addresses here.</summary>
    public Dictionary<string, string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The licences the organisation has: id to (name, includes Exchange).</summary>
    public Dictionary<Guid, (string PartNumber, bool Exchange)> Skus { get; } = [];

    public AutoForwardingMode AutoForwardingMode { get; set; } = AutoForwardingMode.On;

    /// <summary>Per-recipient caps on proxy addresses, by user id; others may hold 400, as Exchange reportedly allows.</summary>
    public Dictionary<string, int> AddressCaps { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every write call, applied or not, numbered from 1.</summary>
    public int Writes { get; private set; }

    /// <summary>Each change that took effect, in order; a write that changes nothing logs nothing.</summary>
    public List<string> Changes { get; } = [];

    public int SessionRevocations { get; private set; }

    /// <summary>Every write from this number on fails as unavailable, before taking effect.</summary>
    public int? FailAllFrom { get; set; }

    public void FaultAt(int write, TenantFault fault) => _faults[write] = fault;

    public void ClearFaults()
    {
        _faults.Clear();
        FailAllFrom = null;
    }

    // ---- reads -------------------------------------------------------------------------------------------

    public Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.TryGetValue(userId, out var user) ? user.ToDirectoryUser() : null);

    public Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.Values.FirstOrDefault(u => string.Equals(u.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase))?.ToDirectoryUser());

    public Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>(
            [.. Users.Values.Where(u => string.Equals(u.ManagerId, managerId, StringComparison.OrdinalIgnoreCase)).Select(u => u.ToDirectoryUser())]);

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.TryGetValue(userId, out var user) && user.ManagerId is { } managerId && Users.TryGetValue(managerId, out var manager)
            ? manager.ToDirectoryUser()
            : null);

    public Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindRecipient(recipientId));

    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TenantDomain>>(Domains.ToList());

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        var holders = HoldersOf(address);
        var holder = holders.Count > 0 ? holders[0] : null;
        return Task.FromResult(holder is null ? null : new AddressHolder(holder, address, holder.PrimaryAddress == address));
    }

    public Task<IReadOnlyList<AddressHolder>> SearchAddressesAsync(string prefix, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        IReadOnlyList<AddressHolder> found = AllRecipients()
            .SelectMany(r => r.AllAddresses.Select(a => new AddressHolder(r, a, r.PrimaryAddress == a)))
            .Where(h => h.Address.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.Address.Value, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .ToList();
        return Task.FromResult(found);
    }

    public Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.TryGetValue(userId, out var user) && user.GroupIds.Contains(groupId, StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>(Users.Values
            .Where(u => u.GroupIds.Contains(groupId, StringComparer.OrdinalIgnoreCase))
            .Select(u => u.ToDirectoryUser())
            .ToList());

    public Task<MailboxDetails?> GetMailboxAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Users.TryGetValue(userId, out var user) && user.HasMailbox ? user.ToMailboxDetails() : null);

    public Task<AutomaticReplies> GetAutomaticRepliesAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(RequireMailboxUser(userId).AutomaticReplies);

    public Task<EmailAddress?> GetRedirectRuleAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(RequireMailboxUser(userId).RedirectTo);

    public Task<IReadOnlyList<LicenseAssignment>> GetLicensesAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(RequireUser(userId).Licenses());

    public Task<AutoForwardingMode> GetAutoForwardingModeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(AutoForwardingMode);

    // ---- writes ------------------------------------------------------------------------------------------

    public Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(recipientId);
            if (user.AllAddresses.Contains(address))
            {
                return user.ToRecipient();
            }

            RequireFree(address);
            RequireNotSynced(user);
            if (!Domains.Any(d => d.IsVerified && d.SupportsEmail && string.Equals(d.Name, address.Domain, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DirectoryConflictException(DirectoryConflictReason.DomainNotAccepted, $"{address.Domain} is not an accepted domain.");
            }

            if (user.AllAddresses.Count() + 1 > AddressCaps.GetValueOrDefault(user.Id, 400))
            {
                throw new DirectoryConflictException(DirectoryConflictReason.AddressCapReached, $"{user.DisplayName} has too many addresses.");
            }

            user.Secondaries.Add(address);
            Changes.Add($"add {address} to {user.Id}");
            return user.ToRecipient();
        });

    public Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(recipientId);
            if (user.Primary == address)
            {
                throw new DirectoryConflictException(DirectoryConflictReason.PrimaryAddress, $"{address} is {user.DisplayName}'s primary address; set another primary first.");
            }

            if (!user.Secondaries.Contains(address))
            {
                return user.ToRecipient();
            }

            RequireNotSynced(user);
            user.Secondaries.Remove(address);
            Changes.Add($"remove {address} from {user.Id}");
            return user.ToRecipient();
        });

    public Task<Recipient> SetPrimaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(recipientId);
            if (user.Primary == address)
            {
                return user.ToRecipient();
            }

            if (!user.Secondaries.Contains(address))
            {
                RequireFree(address);
            }

            RequireNotSynced(user);
            user.Secondaries.Remove(address);
            user.Secondaries.Insert(0, user.Primary!);
            user.Primary = address;
            Changes.Add($"primary of {user.Id} = {address}");
            return user.ToRecipient();
        });

    public Task<MailboxDetails> SetHiddenFromAddressListsAsync(string userId, bool hidden, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (user.Hidden != hidden)
            {
                user.Hidden = hidden;
                Changes.Add($"hidden of {userId} = {hidden}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> SetMailboxTypeAsync(string userId, MailboxType type, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (user.Type != type)
            {
                user.Type = type;
                Changes.Add($"type of {userId} = {type}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> SetForwardingAsync(string userId, MailForwarding? forwarding, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (forwarding?.RecipientId is { } target && FindRecipient(target) is null)
            {
                throw new RecipientNotFoundException($"No recipient has id {target}.");
            }

            if (!Equals(user.Forwarding?.RecipientId, forwarding?.RecipientId) || user.Forwarding?.DeliverToMailboxAndForward != forwarding?.DeliverToMailboxAndForward)
            {
                user.Forwarding = forwarding;
                Changes.Add($"forwarding of {userId} = {forwarding?.RecipientId ?? "none"}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> AddX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (!user.X500.Contains(x500, StringComparer.OrdinalIgnoreCase))
            {
                RequireNotSynced(user);
                user.X500.Add(x500);
                Changes.Add($"add X500 {x500} to {userId}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> RemoveX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (user.X500.RemoveAll(x => string.Equals(x, x500, StringComparison.OrdinalIgnoreCase)) > 0)
            {
                Changes.Add($"remove X500 {x500} from {userId}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> GrantAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(mailboxUserId);
            RequireUser(trusteeUserId);
            var current = user.Delegates.GetValueOrDefault(trusteeUserId);
            if ((current | access) != current)
            {
                user.Delegates[trusteeUserId] = current | access;
                Changes.Add($"grant {access} on {mailboxUserId} to {trusteeUserId}");
            }

            return user.ToMailboxDetails();
        });

    public Task<MailboxDetails> RevokeAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(mailboxUserId);
            var current = user.Delegates.GetValueOrDefault(trusteeUserId);
            if ((current & access) != MailboxAccess.None)
            {
                var left = current & ~access;
                if (left == MailboxAccess.None)
                {
                    user.Delegates.Remove(trusteeUserId);
                }
                else
                {
                    user.Delegates[trusteeUserId] = left;
                }

                Changes.Add($"revoke {access} on {mailboxUserId} from {trusteeUserId}");
            }

            return user.ToMailboxDetails();
        });

    public Task<Recipient> CreateMailContactAsync(string displayName, EmailAddress externalAddress, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var existing = Contacts.Values.FirstOrDefault(c => c.External == externalAddress);
            if (existing is not null)
            {
                return existing.ToRecipient();
            }

            RequireFree(externalAddress);
            var contact = new FakeContact($"contact-{_nextContact++}", displayName, externalAddress);
            Contacts[contact.Id] = contact;
            Changes.Add($"create contact {contact.Id} for {externalAddress}");
            return contact.ToRecipient();
        });

    public Task RemoveMailContactAsync(string contactId, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            if (Contacts.Remove(contactId))
            {
                Changes.Add($"remove contact {contactId}");
            }

            return true;
        });

    public Task<AutomaticReplies> SetAutomaticRepliesAsync(string userId, AutomaticReplies replies, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (user.AutomaticReplies != replies)
            {
                user.AutomaticReplies = replies;
                Changes.Add($"automatic replies of {userId} = {replies.Enabled}");
            }

            return user.AutomaticReplies;
        });

    public Task<EmailAddress?> SetRedirectRuleAsync(string userId, EmailAddress? redirectTo, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireMailboxUser(userId);
            if (user.RedirectTo != redirectTo)
            {
                user.RedirectTo = redirectTo;
                Changes.Add($"redirect of {userId} = {redirectTo?.Value ?? "none"}");
            }

            return user.RedirectTo;
        });

    public Task<DirectoryUser> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireUser(userId);
            if (user.AccountEnabled != enabled)
            {
                RequireNotSynced(user);
                user.AccountEnabled = enabled;
                Changes.Add($"enabled of {userId} = {enabled}");
            }

            return user.ToDirectoryUser();
        });

    public Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            RequireUser(userId);

            // An action, not a state: repeating it is harmless, so it is counted rather than logged as a change.
            SessionRevocations++;
            return true;
        });

    public Task<DirectoryUser> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireUser(userId);
            if (string.Equals(user.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase))
            {
                return user.ToDirectoryUser();
            }

            if (Users.Values.Any(u => u != user && string.Equals(u.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DirectoryConflictException(DirectoryConflictReason.Other, $"Another user signs in as {userPrincipalName}.");
            }

            RequireNotSynced(user);
            user.UserPrincipalName = userPrincipalName;
            Changes.Add($"sign-in name of {userId} = {userPrincipalName}");
            return user.ToDirectoryUser();
        });

    public Task<IReadOnlyList<LicenseAssignment>> ChangeLicensesAsync(
        string userId, IReadOnlyCollection<Guid> add, IReadOnlyCollection<Guid> remove, CancellationToken cancellationToken = default) =>
        Write(() =>
        {
            var user = RequireUser(userId);
            foreach (var sku in remove)
            {
                if (user.GroupLicenses.ContainsKey(sku) && !user.DirectLicenses.Contains(sku))
                {
                    throw new DirectoryConflictException(DirectoryConflictReason.Other, "A licence inherited from a group can't be removed from the user.");
                }
            }

            foreach (var sku in add.Where(s => !Skus.ContainsKey(s)))
            {
                throw new DirectoryConflictException(DirectoryConflictReason.Other, $"The organisation has no licence {sku}.");
            }

            foreach (var sku in remove.Where(user.DirectLicenses.Remove))
            {
                Changes.Add($"remove licence {Skus[sku].PartNumber} from {userId}");
            }

            foreach (var sku in add.Where(user.DirectLicenses.Add))
            {
                Changes.Add($"add licence {Skus[sku].PartNumber} to {userId}");
            }

            return user.Licenses();
        });

    // ---- checks for tests ----------------------------------------------------------------------------------

    public IReadOnlyList<Recipient> HoldersOf(EmailAddress address) =>
        AllRecipients().Where(r => r.AllAddresses.Contains(address)).ToList();

    /// <summary>Everything a test compares between two runs, as text, in a stable order.</summary>
    public string Snapshot()
    {
        var lines = new List<string>();
        foreach (var user in Users.Values.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            lines.Add($"{user.Id}: upn={user.UserPrincipalName} enabled={user.AccountEnabled} licences=[{string.Join(",", user.DirectLicenses.Order())}]");
            if (user.HasMailbox)
            {
                lines.Add($"  primary={user.Primary} secondaries=[{string.Join(",", user.Secondaries.Select(a => a.Value.ToLowerInvariant()).Order(StringComparer.Ordinal))}]");
                lines.Add($"  type={user.Type} hidden={user.Hidden} x500=[{string.Join(",", user.X500.Order(StringComparer.Ordinal))}] forwarding={user.Forwarding?.RecipientId ?? "none"}/{user.Forwarding?.DeliverToMailboxAndForward}");
                lines.Add($"  delegates=[{string.Join(",", user.Delegates.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}:{d.Value}"))}] replies={user.AutomaticReplies.Enabled}");
            }
        }

        foreach (var contact in Contacts.Values.OrderBy(c => c.External.Value, StringComparer.Ordinal))
        {
            // Contact ids differ between runs that created and deleted contacts; what they point at does not.
            lines.Add($"contact {contact.DisplayName} -> {contact.External}");
        }

        return string.Join('\n', lines);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Task<T> Write<T>(Func<T> apply)
    {
        Writes++;
        var fault = _faults.GetValueOrDefault(Writes);
        if (FailAllFrom is { } from && Writes >= from)
        {
            fault = TenantFault.UnavailableBefore;
        }

        switch (fault)
        {
            case TenantFault.UnavailableBefore:
                throw new DirectoryUnavailableException($"Injected: write {Writes} timed out.");
            case TenantFault.ConflictBefore:
                throw new DirectoryConflictException(DirectoryConflictReason.Other, $"Injected: write {Writes} was refused.");
            case TenantFault.CrashBefore:
                throw new SimulatedCrashException($"Injected: the process died before write {Writes}.");
        }

        var result = apply();
        return fault switch
        {
            TenantFault.UnavailableAfter => throw new DirectoryUnavailableException($"Injected: write {Writes} took effect but its answer was lost."),
            TenantFault.CrashAfter => throw new SimulatedCrashException($"Injected: the process died after write {Writes}."),
            _ => Task.FromResult(result),
        };
    }

    private IEnumerable<Recipient> AllRecipients() =>
        Users.Values.Where(u => u.HasMailbox).Select(u => u.ToRecipient()).Concat(Contacts.Values.Select(c => c.ToRecipient()));

    private Recipient? FindRecipient(string id) =>
        Users.TryGetValue(id, out var user) && user.HasMailbox ? user.ToRecipient()
        : Contacts.TryGetValue(id, out var contact) ? contact.ToRecipient()
        : Groups.TryGetValue(id, out var group)
            ? new Recipient { Id = id, Kind = RecipientKind.Group, DisplayName = group, PrimaryAddress = EmailAddress.Parse($"{id}@example.com") }
            : null;

    private void RequireFree(EmailAddress address)
    {
        var holders = HoldersOf(address);
        if (holders.Count > 0)
        {
            throw new DirectoryConflictException(DirectoryConflictReason.AddressInUse, $"{address} is already held by {holders[0].DisplayName}.");
        }
    }

    private FakeUser RequireUser(string id) =>
        Users.TryGetValue(id, out var user) ? user : throw new RecipientNotFoundException($"No user has id {id}.");

    private FakeUser RequireMailboxUser(string id)
    {
        var user = RequireUser(id);
        return user.HasMailbox ? user : throw new RecipientNotFoundException($"{user.DisplayName} has no mailbox.");
    }

    private static void RequireNotSynced(FakeUser user)
    {
        if (user.OnPremisesSyncEnabled)
        {
            throw new DirectoryConflictException(DirectoryConflictReason.SyncedFromOnPremises, $"{user.DisplayName} is synchronized from on-premises.");
        }
    }
}
