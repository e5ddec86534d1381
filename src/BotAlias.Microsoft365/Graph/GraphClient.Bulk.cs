using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// Whole-tenant reads for bulk changes, page by page at Graph's largest page (999) so a 10,000-user tenant is
/// eleven requests, each following <c>@odata.nextLink</c> whole. Under the identity-and-access limits
/// (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits) a <c>GET users</c>
/// with <c>$select</c> costs one resource unit of the 3,500 to 8,000 an app gets per tenant every 10 seconds, so
/// reading is never what a bulk run waits for.
/// </summary>
public sealed partial class GraphClient
{
    private const int BulkPageSize = 999;
    private const string BulkHolderSelect = "id,displayName,mail,proxyAddresses,onPremisesSyncEnabled";

    /// <summary>Every user (https://learn.microsoft.com/graph/api/user-list), with the names and addresses a bulk change needs.</summary>
    public IAsyncEnumerable<IReadOnlyList<BulkUserResource>> ListBulkUserPagesAsync(CancellationToken cancellationToken = default) =>
        PagesAsync(
            Url($"users?$select={BulkUserResource.Select}&$top={BulkPageSize}"),
            GraphBulkJsonContext.Default.CollectionPageBulkUserResource,
            GraphOperation.ReadUsers,
            "the tenant's users",
            notFoundIsNull: false,
            headers: null,
            cancellationToken);

    /// <summary>
    /// The users among the group's members, nested groups included, each once
    /// (https://learn.microsoft.com/graph/api/group-list-transitivemembers); nothing for an unknown group. The OData
    /// cast to users is an advanced query: it is sent with <c>ConsistencyLevel: eventual</c> and <c>$count=true</c>
    /// (https://learn.microsoft.com/graph/aad-advanced-queries).
    /// </summary>
    public IAsyncEnumerable<IReadOnlyList<BulkUserResource>> ListTransitiveMemberUserPagesAsync(string groupId, CancellationToken cancellationToken = default) =>
        PagesAsync(
            Url($"groups/{Segment(groupId)}/transitiveMembers/microsoft.graph.user?$select={BulkUserResource.Select}&$top={BulkPageSize}&$count=true"),
            GraphBulkJsonContext.Default.CollectionPageBulkUserResource,
            GraphOperation.ReadGroupMembers,
            Describe("members of group", groupId),
            notFoundIsNull: true,
            EventualConsistency,
            cancellationToken);

    /// <summary>Every object of one kind with its addresses: users, groups, contacts, or the recycle bin's users or groups.</summary>
    public IAsyncEnumerable<IReadOnlyList<DirectoryObjectResource>> ListHolderPagesAsync(GraphHolderKind kind, CancellationToken cancellationToken = default)
    {
        var (path, select, operation) = kind switch
        {
            GraphHolderKind.User => ("users", BulkHolderSelect + ",userPrincipalName", GraphOperation.ReadUsers),
            GraphHolderKind.Group => ("groups", BulkHolderSelect, GraphOperation.ReadGroups),
            GraphHolderKind.Contact => ("contacts", BulkHolderSelect, GraphOperation.ReadContacts),
            GraphHolderKind.DeletedUser => ("directory/deletedItems/microsoft.graph.user", BulkHolderSelect + ",userPrincipalName", GraphOperation.ReadDeletedUsers),
            GraphHolderKind.DeletedGroup => ("directory/deletedItems/microsoft.graph.group", BulkHolderSelect, GraphOperation.ReadDeletedGroups),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holder kind."),
        };
        return PagesAsync(
            Url($"{path}?$select={select}&$top={BulkPageSize}"),
            GraphBulkJsonContext.Default.CollectionPageDirectoryObjectResource,
            operation,
            $"every {path}",
            notFoundIsNull: false,
            headers: null,
            cancellationToken);
    }

    /// <summary>One page at a time, so a caller holds one page in memory rather than the tenant.</summary>
    private async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        Uri url,
        JsonTypeInfo<CollectionPage<T>> type,
        GraphOperation operation,
        string subject,
        bool notFoundIsNull,
        IReadOnlyDictionary<string, string>? headers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = url;
        var first = true;
        while (next is not null)
        {
            var page = await GetAsync(next, type, operation, subject, notFoundIsNull && first, cancellationToken, headers).ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            first = false;
            yield return page.Value;
            next = page.NextLink is { Length: > 0 } link ? new Uri(link, UriKind.Absolute) : null;
        }
    }
}
