using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Tests.Http;

/// <summary>Graph's error bodies, as documented and observed, to the domain's errors.</summary>
public sealed class GraphErrorMapperTests
{
    private static GraphError? Parse(string json) => GraphErrorReader.Parse(json);

    [Fact]
    public void The_error_envelope_is_read_with_its_request_id()
    {
        var error = Parse("""{"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.","innerError":{"date":"2025-01-01T00:00:00","request-id":"6f0c...","client-request-id":"abc"}}}""");

        Assert.Equal("Request_ResourceNotFound", error?.Code);
        Assert.Equal("6f0c...", error?.InnerError?.RequestId);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("")]
    [InlineData("{\"value\":[]}")]
    public void A_body_that_is_not_the_envelope_gives_no_error(string body) => Assert.Null(Parse(body)?.Code);

    [Fact]
    public void Not_found_is_a_recipient_not_found()
    {
        var e = GraphErrorMapper.ToException(GraphOperation.ReadUsers, 404, Parse("""{"error":{"code":"Request_ResourceNotFound","message":"gone"}}"""), "rid-1", "user 42");

        var notFound = Assert.IsType<RecipientNotFoundException>(e);
        Assert.Contains("user 42", notFound.Message, StringComparison.Ordinal);
        Assert.Contains("rid-1", notFound.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphOperation.SetAccountEnabled, "User.EnableDisableAccount.All")]
    [InlineData(GraphOperation.ReadContacts, "OrgContact.Read.All")]
    [InlineData(GraphOperation.InstallTeamsApp, "TeamsAppInstallation.ReadWriteSelfForUser.All")]
    [InlineData(GraphOperation.WriteMailboxSettings, "MailboxSettings.ReadWrite")]
    public void Forbidden_names_the_permission_the_operation_needs(GraphOperation operation, string permission)
    {
        var e = GraphErrorMapper.ToException(operation, 403, Parse("""{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}"""), "rid", "user 42");

        var denied = Assert.IsType<DirectoryAccessDeniedException>(e);
        Assert.Equal(permission, denied.RequiredPermission);
        Assert.Contains(permission, denied.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ObjectConflict", "Another object with the same value for property userPrincipalName already exists.")]
    [InlineData("Request_BadRequest", "Another object with the same value for property proxyAddresses already exists.")]
    public void A_duplicate_value_is_an_address_in_use(string code, string message)
    {
        var e = GraphErrorMapper.ToException(GraphOperation.SetUserPrincipalName, 400, Parse($$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}"""), null, "user 42");

        Assert.Equal(DirectoryConflictReason.AddressInUse, Assert.IsType<DirectoryConflictException>(e).Reason);
    }

    [Fact]
    public void A_refusal_of_an_on_premises_object_says_it_is_synced()
    {
        var e = GraphErrorMapper.ToException(
            GraphOperation.SetAccountEnabled,
            400,
            Parse("""{"error":{"code":"Request_BadRequest","message":"Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration."}}"""),
            null,
            "user 42");

        var conflict = Assert.IsType<DirectoryConflictException>(e);
        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, conflict.Reason);
        Assert.Contains("on-premises Active Directory", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_throttled_leftover_is_unavailable_and_anything_else_keeps_its_code()
    {
        Assert.IsType<DirectoryUnavailableException>(GraphErrorMapper.ToException(GraphOperation.ReadUsers, 429, null, null, "x"));
        var other = Assert.IsType<GraphServiceException>(GraphErrorMapper.ToException(GraphOperation.ReadUsers, 400, Parse("""{"error":{"code":"BadRequest","message":"nope"}}"""), "rid", "x"));
        Assert.Equal("BadRequest", other.Code);
        Assert.Equal("rid", other.RequestId);
    }

    [Fact]
    public void Every_operation_has_a_permission_and_a_reason()
    {
        foreach (var operation in Enum.GetValues<GraphOperation>())
        {
            Assert.Matches(@"^[A-Za-z]+(\.[A-Za-z]+)+$", GraphPermissions.For(operation));
            Assert.False(string.IsNullOrWhiteSpace(GraphPermissions.Purpose(operation)));
        }

        Assert.DoesNotContain("Directory.ReadWrite.All", GraphPermissions.All);
    }
}
