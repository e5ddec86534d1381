using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// The embedded demo organisation: read from a JSON seed, changed by the bot, persisted in a data
/// folder so changes survive restarts. It keeps Exchange's rules that the bot must live with: one
/// holder per address, no removal of a primary, no change to objects synced from on-premises,
/// addresses only at the tenant's verified mail domains, a cap of proxy addresses per recipient.
/// </summary>
/// <remarks>
/// The ports are split over partial files by area (addresses, mailboxes, contacts, settings, accounts,
/// Teams). Every write goes through <see cref="ChangeAsync{T}"/>: one writer at a time, idempotent (a write
/// that finds the change already made writes nothing), disk first then memory, and it answers with the
/// state read back after the write.
/// </remarks>
public sealed partial class DemoTenantDirectory :
    IDirectory,
    IMailProvisioner,
    IMailboxAdministration,
    IMailContactAdministration,
    IMailFlowPolicy,
    IMailboxSettings,
    IAccountAdministration,
    ITeamsAppInstaller,
    IDisposable
{
    private readonly DemoTenantDataFile _dataFile;
    private readonly string? _seedPath;
    private readonly int _maxProxyAddresses;
    private readonly TimeProvider _timeProvider;

    // One writer at a time; readers take the current state without waiting.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile DemoTenantState _state;

    /// <summary>
    /// Loads the data folder's tenant, or copies the seed there on first start. Reads the disk
    /// here rather than lazily so a broken data file stops the host at startup, not at a user's request.
    /// </summary>
    /// <param name="timeProvider">The clock for recorded times (sessions revoked, licence lost); the system clock by default.</param>
    /// <exception cref="InvalidDataException">The data file or the seed is not a valid demo tenant.</exception>
    public DemoTenantDirectory(DemoTenantOptions options, TimeProvider? timeProvider = null)
    {
        RequireDataFolder(options);
        if (options.MaxProxyAddresses < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxProxyAddresses, "The demo tenant's cap of proxy addresses per recipient (MaxProxyAddresses) must be at least 1.");
        }

        _dataFile = new DemoTenantDataFile(options.DataFolder);
        _seedPath = options.SeedPath;
        _maxProxyAddresses = options.MaxProxyAddresses;
        _timeProvider = timeProvider ?? TimeProvider.System;

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

    public Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirectoryUser>>(
            [.. _state.UsersById.Values
                .Where(u => string.Equals(u.ManagerId, managerId, StringComparison.OrdinalIgnoreCase))
                .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)]);

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

    /// <summary>
    /// Any address-holding object by id: a user's mailbox (the user's id), a shared mailbox, a group, a contact.
    /// Not the unlisted holders (deleted, Exchange-only): like Graph, the demo finds those only by address.
    /// </summary>
    public Recipient? FindRecipient(string recipientId) => _state.RecipientsById.GetValueOrDefault(recipientId);

    /// <summary>The user mailbox's LegacyExchangeDN, which colleagues' autocomplete resolves to.</summary>
    public string? FindLegacyExchangeDn(string userId) => _state.LegacyExchangeDnByUserId.GetValueOrDefault(userId);

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

    /// <summary>
    /// Runs one write: under the writer lock, <paramref name="change"/> checks the current state and returns the
    /// changed document, or null when the change is already made (a re-run after a crash); it throws to refuse.
    /// Then <paramref name="readBack"/> answers from the state as it now is.
    /// </summary>
    private async Task<T> ChangeAsync<T>(
        Func<DemoTenantState, DemoTenantDocument?> change,
        Func<DemoTenantState, T> readBack,
        CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var state = _state;
            if (change(state) is { } document)
            {
                state = await CommitAsync(document, cancellationToken);
            }

            return readBack(state);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Disk first, memory second: if the write fails, the tenant is unchanged everywhere.</summary>
    private async Task<DemoTenantState> CommitAsync(DemoTenantDocument document, CancellationToken cancellationToken)
    {
        if (!DemoTenantState.TryBuild(document, out var next, out var problems))
        {
            // The checks before should make this unreachable; refuse rather than persist a tenant that cannot load.
            throw new DirectoryConflictException(DirectoryConflictReason.Other, string.Join(" ", problems));
        }

        await _dataFile.WriteAsync(DemoTenantLoader.Serialize(document), cancellationToken);
        _state = next;
        return next;
    }
}
