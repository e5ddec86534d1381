using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// The embedded demo organisation: read from a JSON seed, changed by the bot, persisted in a data
/// folder so changes survive restarts. It keeps Exchange's rules that the bot must live with: one
/// holder per address, no removal of a primary, no change to objects synced from on-premises,
/// addresses only at the tenant's verified mail domains.
/// </summary>
public sealed class DemoTenantDirectory : IDirectory, IMailProvisioner, IDisposable
{
    private readonly DemoTenantDataFile _dataFile;
    private readonly string? _seedPath;

    // One writer at a time; readers take the current state without waiting.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile DemoTenantState _state;

    /// <summary>
    /// Loads the data folder's tenant, or copies the seed there on first start. Reads the disk
    /// here rather than lazily so a broken data file stops the host at startup, not at a user's request.
    /// </summary>
    /// <exception cref="InvalidDataException">The data file or the seed is not a valid demo tenant.</exception>
    public DemoTenantDirectory(DemoTenantOptions options)
    {
        RequireDataFolder(options);
        _dataFile = new DemoTenantDataFile(options.DataFolder);
        _seedPath = options.SeedPath;

        var stored = _dataFile.ReadIfExists();
        if (stored is not null)
        {
            _state = DemoTenantLoader.Load(stored, _dataFile.Source, DemoTenantDataFile.Remedy);
        }
        else
        {
            var (seedJson, seedState) = LoadSeed();
            _dataFile.WriteAsync(seedJson, CancellationToken.None).GetAwaiter().GetResult();
            _state = seedState;
        }
    }

    public string TenantId => _state.TenantId;

    /// <summary>The file holding the tenant as changed; deleting it (bot stopped) also resets.</summary>
    public string DataFilePath => _dataFile.FilePath;

    public Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_state.UsersById.GetValueOrDefault(userId));

    public Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default) =>
        Task.FromResult(_state.UsersByPrincipalName.GetValueOrDefault(userPrincipalName.Trim()));

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default)
    {
        var state = _state;
        var managerId = state.UsersById.GetValueOrDefault(userId)?.ManagerId;
        return Task.FromResult(managerId is null ? null : state.UsersById.GetValueOrDefault(managerId));
    }

    public Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindRecipient(recipientId));

    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_state.Domains);

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult(_state.AddressIndex.GetValueOrDefault(address));

    public Task<IReadOnlyList<AddressHolder>> SearchAddressesAsync(string prefix, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return Task.FromResult(_state.AddressesByPrefix.Search(prefix.Trim(), limit));
    }

    /// <param name="groupId">The group's id, or its display name (unique in the demo tenant).</param>
    public Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default)
    {
        var group = FindGroup(groupId);
        return Task.FromResult(group is not null && group.MemberIds.Contains(userId, StringComparer.OrdinalIgnoreCase));
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        if (FindGroup(groupId) is not { } group)
        {
            return [];
        }

        var members = new List<DirectoryUser>();
        foreach (var id in group.MemberIds)
        {
            if (await FindUserAsync(id, cancellationToken) is { } user)
            {
                members.Add(user);
            }
        }

        return members;
    }

    /// <summary>A group by id or display name, case-insensitive; null when there is none.</summary>
    public DemoTenantGroup? FindGroup(string idOrDisplayName)
    {
        var state = _state;
        return state.GroupsById.GetValueOrDefault(idOrDisplayName) ?? state.GroupsByDisplayName.GetValueOrDefault(idOrDisplayName);
    }

    /// <summary>Any address-holding object by id: a user's mailbox (the user's id), a shared mailbox, a group, a contact.</summary>
    public Recipient? FindRecipient(string recipientId) => _state.RecipientsById.GetValueOrDefault(recipientId);

    /// <summary>The user mailbox's LegacyExchangeDN, which colleagues' autocomplete resolves to.</summary>
    public string? FindLegacyExchangeDn(string userId) => _state.LegacyExchangeDnByUserId.GetValueOrDefault(userId);

    /// <exception cref="KeyNotFoundException">No recipient has that id.</exception>
    /// <exception cref="DirectoryConflictException">Another recipient holds the address, or Exchange would refuse the change.</exception>
    public async Task<Recipient> AddSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var state = _state;
            var recipient = RequireRecipient(state, recipientId);
            if (state.AddressIndex.TryGetValue(address, out var holder))
            {
                if (holder.Recipient.Id == recipient.Id)
                {
                    return recipient;
                }

                throw new DirectoryConflictException(
                    $"{address} is already held by {RecipientDescription.Describe(holder.Recipient)}; an address belongs to one recipient at a time.");
            }

            RequireNotSynced(recipient);
            if (!state.IsAcceptedDomain(address.Domain))
            {
                throw new DirectoryConflictException(
                    $"{address.Domain} is not a verified mail domain of the tenant, so Exchange would not accept {address}.");
            }

            var secondaries = recipient.SecondaryAddresses.Select(a => a.Value).Append(address.Value).ToList();
            return await CommitAsync(state, recipient.Id, secondaries, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <exception cref="KeyNotFoundException">No recipient has that id.</exception>
    /// <exception cref="DirectoryConflictException">The address is the recipient's primary, or the recipient is synced from on-premises.</exception>
    public async Task<Recipient> RemoveSecondaryAddressAsync(string recipientId, EmailAddress address, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var state = _state;
            var recipient = RequireRecipient(state, recipientId);
            if (recipient.PrimaryAddress == address)
            {
                throw new DirectoryConflictException(
                    $"{address} is the primary address of {RecipientDescription.Describe(recipient)}; a primary is never removed, set another primary first.");
            }

            if (!recipient.SecondaryAddresses.Contains(address))
            {
                return recipient;
            }

            RequireNotSynced(recipient);
            var secondaries = recipient.SecondaryAddresses.Where(a => a != address).Select(a => a.Value).ToList();
            return await CommitAsync(state, recipient.Id, secondaries, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Replaces the data file with the seed and reloads it, discarding every change.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Validated before writing: a broken seed must not replace working data.
            var (seedJson, seedState) = LoadSeed();
            await _dataFile.WriteAsync(seedJson, cancellationToken);
            _state = seedState;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Replaces the data folder's tenant with the seed without reading what is there, so the
    /// reset-demo command works when the data file is too broken to load. Run it while the bot is stopped;
    /// a running bot resets through <see cref="ResetAsync(CancellationToken)"/>.
    /// </summary>
    /// <returns>The path of the data file written.</returns>
    public static async Task<string> ResetDataFolderAsync(DemoTenantOptions options, CancellationToken cancellationToken = default)
    {
        RequireDataFolder(options);
        var dataFile = new DemoTenantDataFile(options.DataFolder);
        var (seedJson, _) = LoadSeed(options.SeedPath);
        await dataFile.WriteAsync(seedJson, cancellationToken);
        return dataFile.FilePath;
    }

    public void Dispose() => _writeLock.Dispose();

    private static void RequireDataFolder(DemoTenantOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            throw new ArgumentException("The demo tenant needs a data folder to keep its changes in.", nameof(options));
        }
    }

    private (string Json, DemoTenantState State) LoadSeed() => LoadSeed(_seedPath);

    private static (string Json, DemoTenantState State) LoadSeed(string? seedPath)
    {
        var (json, source, remedy) = DemoTenantSeed.Read(seedPath);
        return (json, DemoTenantLoader.Load(json, source, remedy));
    }

    /// <summary>Disk first, memory second: if the write fails, the tenant is unchanged everywhere.</summary>
    private async Task<Recipient> CommitAsync(DemoTenantState current, string recipientId, List<string> secondaries, CancellationToken cancellationToken)
    {
        var document = current.Document.WithSecondaryAddresses(recipientId, secondaries);
        if (!DemoTenantState.TryBuild(document, out var next, out var problems))
        {
            // The checks above should make this unreachable; refuse rather than persist a tenant that cannot load.
            throw new DirectoryConflictException(string.Join(" ", problems));
        }

        await _dataFile.WriteAsync(DemoTenantLoader.Serialize(document), cancellationToken);
        _state = next;
        return next.RecipientsById[recipientId];
    }

    private static Recipient RequireRecipient(DemoTenantState state, string recipientId) =>
        state.RecipientsById.GetValueOrDefault(recipientId)
        ?? throw new KeyNotFoundException(
            $"The demo tenant has no recipient with id '{recipientId}' (users without a mailbox and groups without mail hold no addresses).");

    private static void RequireNotSynced(Recipient recipient)
    {
        if (recipient.OnPremisesSyncEnabled)
        {
            throw new DirectoryConflictException(
                $"{RecipientDescription.Describe(recipient)} is synchronized from on-premises Active Directory; its addresses can only be changed there.");
        }
    }
}
