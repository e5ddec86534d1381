using BotAlias.Core.Addresses;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

public sealed partial class GraphClient
{
    private const string HolderSelect = "id,displayName,mail,proxyAddresses,onPremisesSyncEnabled";
    private const string UserHolderSelect = HolderSelect + ",userPrincipalName";
    private const string MemberSelect = "id,displayName,userPrincipalName,mail,proxyAddresses,accountEnabled,onPremisesSyncEnabled,jobTitle";

    private static readonly Dictionary<string, string> EventualConsistency = new(StringComparer.OrdinalIgnoreCase) { ["ConsistencyLevel"] = "eventual" };

    private volatile DomainCache? _domains;

    /// <summary>A user by object id or userPrincipalName, with its manager's id; null when there is none.</summary>
    /// <remarks>https://learn.microsoft.com/graph/api/user-get ($expand=manager: https://learn.microsoft.com/graph/api/user-list-manager)</remarks>
    public Task<UserResource?> GetUserAsync(string idOrUserPrincipalName, CancellationToken cancellationToken = default) =>
        GetAsync(
            Url($"users/{Segment(idOrUserPrincipalName)}?$select={UserResource.Select}&$expand={Query("manager($select=id)")}"),
            GraphJsonContext.Default.UserResource,
            GraphOperation.ReadUsers,
            Describe("user", idOrUserPrincipalName),
            notFoundIsNull: true,
            cancellationToken);

    /// <summary>The user's manager (a user), or null when the user has none or does not exist.</summary>
    public Task<UserResource?> GetManagerAsync(string userId, CancellationToken cancellationToken = default) =>
        GetAsync(
            Url($"users/{Segment(userId)}/manager?$select={UserResource.Select}"),
            GraphJsonContext.Default.UserResource,
            GraphOperation.ReadUsers,
            Describe("manager of user", userId),
            notFoundIsNull: true,
            cancellationToken);

    /// <summary>The user's direct reports, every type (users carry <c>#microsoft.graph.user</c>); empty for an unknown user.</summary>
    /// <remarks>https://learn.microsoft.com/graph/api/user-list-directreports; no OData cast, for the reason given on group members.</remarks>
    public async Task<IReadOnlyList<DirectoryObjectResource>> GetDirectReportsAsync(string userId, CancellationToken cancellationToken = default) =>
        await GetAllPagesAsync(
            Url($"users/{Segment(userId)}/directReports?$select={MemberSelect}"),
            GraphJsonContext.Default.CollectionPageDirectoryObjectResource,
            GraphOperation.ReadUsers,
            Describe("direct reports of user", userId),
            notFoundIsNull: true,
            cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>The group's direct members, every type (users carry <c>#microsoft.graph.user</c>); empty for an unknown group.</summary>
    /// <remarks>
    /// No OData cast to microsoft.graph.user: a cast needs ConsistencyLevel eventual, whose index may lag
    /// (https://learn.microsoft.com/graph/api/group-list-members); the type is read from <c>@odata.type</c> instead.
    /// </remarks>
    public async Task<IReadOnlyList<DirectoryObjectResource>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        await GetAllPagesAsync(
            Url($"groups/{Segment(groupId)}/members?$select={MemberSelect}"),
            GraphJsonContext.Default.CollectionPageDirectoryObjectResource,
            GraphOperation.ReadGroupMembers,
            Describe("members of group", groupId),
            notFoundIsNull: true,
            cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>
    /// Whether the user is a direct member of the group. Filtering a member list is an advanced query: it needs
    /// <c>ConsistencyLevel: eventual</c> and <c>$count=true</c> (https://learn.microsoft.com/graph/aad-advanced-queries),
    /// the one place this client sends the header.
    /// </summary>
    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken = default)
    {
        var members = await GetAllPagesAsync(
            Url($"groups/{Segment(groupId)}/members?$count=true&$filter={Query(ODataFilter.IdEquals(userId))}&$select=id"),
            GraphJsonContext.Default.CollectionPageDirectoryObjectResource,
            GraphOperation.ReadGroupMembers,
            Describe("members of group", groupId),
            notFoundIsNull: true,
            cancellationToken,
            EventualConsistency).ConfigureAwait(false);
        return members is not null && members.Any(m => string.Equals(m.Id, userId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The group's display name, or null when there is no such group (https://learn.microsoft.com/graph/api/group-get).</summary>
    public async Task<string?> GetGroupDisplayNameAsync(string groupId, CancellationToken cancellationToken = default) =>
        (await GetAsync(
            Url($"groups/{Segment(groupId)}?$select=id,displayName"),
            GraphJsonContext.Default.DirectoryObjectResource,
            GraphOperation.ReadGroups,
            Describe("group", groupId),
            notFoundIsNull: true,
            cancellationToken).ConfigureAwait(false))?.DisplayName;

    /// <summary>
    /// The ids of the groups with this display name (<c>eq</c> on displayName needs no ConsistencyLevel), so
    /// configuration can name a group as the demo tenant allows.
    /// </summary>
    public async Task<IReadOnlyList<string>> FindGroupIdsByDisplayNameAsync(string displayName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var groups = await GetAllPagesAsync(
            Url($"groups?$filter={Query("displayName eq " + ODataFilter.Literal(displayName))}&$select=id,displayName"),
            GraphJsonContext.Default.CollectionPageDirectoryObjectResource,
            GraphOperation.ReadGroups,
            $"groups named {displayName}",
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false) ?? [];
        return groups.Where(g => string.Equals(g.DisplayName, displayName, StringComparison.OrdinalIgnoreCase)).Select(g => g.Id).ToList();
    }

    /// <summary>The tenant's domains, read at most once per <see cref="GraphClientOptions.DomainCacheDuration"/>.</summary>
    /// <remarks>https://learn.microsoft.com/graph/api/domain-list</remarks>
    public async Task<IReadOnlyList<DomainResource>> GetDomainsAsync(CancellationToken cancellationToken = default)
    {
        var cached = _domains;
        var now = _time.GetUtcNow();
        if (cached is not null && now < cached.Expires)
        {
            return cached.Domains;
        }

        var domains = await GetAllPagesAsync(
            Url("domains"),
            GraphJsonContext.Default.CollectionPageDomainResource,
            GraphOperation.ReadDomains,
            "the tenant's domains",
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false) ?? [];
        _domains = new DomainCache(domains, now + _options.DomainCacheDuration);
        return domains;
    }

    /// <summary>
    /// Every user, group and contact Graph sees holding the address, and every user and group in the recycle bin
    /// (https://learn.microsoft.com/graph/api/directory-deleteditems-list), in one <c>$batch</c> of five
    /// sub-requests, each followed through all its pages. Graph's matches are checked again here, without case.
    /// </summary>
    public async Task<IReadOnlyList<GraphHolder>> FindHoldersAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var userFilter = Query(ODataFilter.Holder(address, includeUserPrincipalName: true));
        var otherFilter = Query(ODataFilter.Holder(address, includeUserPrincipalName: false));
        var queries = new (GraphHolderKind Kind, string Url, GraphOperation Operation)[]
        {
            (GraphHolderKind.User, $"/users?$filter={userFilter}&$select={UserHolderSelect}", GraphOperation.ReadUsers),
            (GraphHolderKind.Group, $"/groups?$filter={otherFilter}&$select={HolderSelect}", GraphOperation.ReadGroups),
            (GraphHolderKind.Contact, $"/contacts?$filter={otherFilter}&$select={HolderSelect}", GraphOperation.ReadContacts),
            (GraphHolderKind.DeletedUser, $"/directory/deletedItems/microsoft.graph.user?$filter={userFilter}&$select={UserHolderSelect},deletedDateTime", GraphOperation.ReadDeletedUsers),
            (GraphHolderKind.DeletedGroup, $"/directory/deletedItems/microsoft.graph.group?$filter={otherFilter}&$select={HolderSelect},deletedDateTime", GraphOperation.ReadDeletedGroups),
        };

        var requests = queries.Select((q, i) => (new BatchRequestItem { Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Method = "GET", Url = q.Url }, q.Operation)).ToList();
        var subject = $"holders of {address}";
        var answers = await BatchAsync(requests, subject, cancellationToken).ConfigureAwait(false);

        var holders = new List<GraphHolder>();
        for (var i = 0; i < queries.Length; i++)
        {
            var (request, operation) = requests[i];
            var sub = answers[request.Id];
            ThrowIfFailed(sub, request, operation, subject);
            var found = new List<DirectoryObjectResource>(sub.Body?.Value ?? []);
            if (sub.Body?.NextLink is { Length: > 0 } next)
            {
                found.AddRange(await GetAllPagesAsync(
                    new Uri(next, UriKind.Absolute),
                    GraphJsonContext.Default.CollectionPageDirectoryObjectResource,
                    operation,
                    subject,
                    notFoundIsNull: false,
                    cancellationToken).ConfigureAwait(false) ?? []);
            }

            holders.AddRange(found.Where(o => Holds(o, address)).Select(o => new GraphHolder(queries[i].Kind, o)));
        }

        return holders;
    }

    /// <summary>A user, group or contact by object id, asked of all three in one batch; null when none has it.</summary>
    public async Task<GraphRecipientObject?> GetRecipientAsync(string id, CancellationToken cancellationToken = default)
    {
        var segment = Segment(id);
        var requests = new List<(BatchRequestItem, GraphOperation)>
        {
            (new BatchRequestItem { Id = "user", Method = "GET", Url = $"/users/{segment}?$select={UserHolderSelect}" }, GraphOperation.ReadUsers),
            (new BatchRequestItem { Id = "group", Method = "GET", Url = $"/groups/{segment}?$select={HolderSelect}" }, GraphOperation.ReadGroups),
            (new BatchRequestItem { Id = "contact", Method = "GET", Url = $"/contacts/{segment}?$select={HolderSelect}" }, GraphOperation.ReadContacts),
        };
        var subject = Describe("recipient", id);
        var answers = await BatchAsync(requests, subject, cancellationToken).ConfigureAwait(false);
        foreach (var (request, operation) in requests)
        {
            var sub = answers[request.Id];
            if (sub.Status == 404)
            {
                continue;
            }

            ThrowIfFailed(sub, request, operation, subject);
            var kind = request.Id switch
            {
                "user" => GraphRecipientKind.User,
                "group" => GraphRecipientKind.Group,
                _ => GraphRecipientKind.Contact,
            };
            return sub.Body is null ? null : new GraphRecipientObject(kind, sub.Body.AsObject());
        }

        return null;
    }

    private static bool Holds(DirectoryObjectResource o, EmailAddress address) =>
        o.ProxyAddresses.Any(p => p.Length == address.Value.Length + 5
            && p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)
            && p.EndsWith(address.Value, StringComparison.OrdinalIgnoreCase))
        || string.Equals(o.Mail, address.Value, StringComparison.OrdinalIgnoreCase)
        || string.Equals(o.UserPrincipalName, address.Value, StringComparison.OrdinalIgnoreCase);

    private sealed record DomainCache(IReadOnlyList<DomainResource> Domains, DateTimeOffset Expires);
}
