using BotAlias.Core.Addresses;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// Builds the OData filters BotAlias sends. String literals double their single quotes, as OData requires
/// (https://learn.microsoft.com/graph/query-parameters#escaping-single-quotes), so an address such as
/// o'brien@contoso.com neither breaks the filter nor changes its meaning.
/// </summary>
public static class ODataFilter
{
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>
    /// Who holds the address: either prefix case in <c>proxyAddresses</c> (the case rule of the lambda is not
    /// documented), <c>mail</c>, and for users <c>userPrincipalName</c>. Never <c>otherMails</c>, a recovery address
    /// with no uniqueness rule. These are <c>eq</c> and <c>any</c> filters: no ConsistencyLevel needed
    /// (https://learn.microsoft.com/graph/aad-advanced-queries).
    /// </summary>
    public static string Holder(EmailAddress address, bool includeUserPrincipalName)
    {
        ArgumentNullException.ThrowIfNull(address);
        var value = address.Value;
        var filter = $"proxyAddresses/any(x:x eq {Literal("smtp:" + value)}) or proxyAddresses/any(x:x eq {Literal("SMTP:" + value)}) or mail eq {Literal(value)}";
        return includeUserPrincipalName ? filter + $" or userPrincipalName eq {Literal(value)}" : filter;
    }

    public static string IdEquals(string id) => $"id eq {Literal(id)}";
}
