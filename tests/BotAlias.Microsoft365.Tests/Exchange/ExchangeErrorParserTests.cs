using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;

namespace BotAlias.Microsoft365.Tests.Exchange;

/// <summary>Bodies captured from live tenants (sources in ExchangeError's comment), not the fake's own output.</summary>
public sealed class ExchangeErrorParserTests
{
    private const string LiveNotFound =
        """{"error":{"code":"NotFound","message":"Error executing cmdlet","details":[{"code":"Context","target":"","message":"Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't be found on 'SYYP282A05DC002.PROD.OUTLOOK.COM'."}],"innererror":{"message":"Error executing cmdlet","type":"Microsoft.Exchange.Admin.OData.Core.ODataServiceException"}}}""";

    private const string LiveInvalidEnum =
        """{"error":{"code":"BadRequest","message":"Invalid Operation","innererror":{"message":"Invalid Operation","type":"Microsoft.Exchange.Admin.OData.Core.ODataServiceException","stacktrace":"","internalexception":{"message":"Cannot process argument transformation on parameter 'QuarantineTypes'.","type":"Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException","stacktrace":""}},"adminapi.warnings@odata.type":"#Collection(String)","@adminapi.warnings":[]}}""";

    [Fact]
    public void The_PowerShell_text_and_type_come_from_details_not_the_generic_message()
    {
        var error = ExchangeErrorParser.Parse("Get-Recipient", 404, LiveNotFound, "rid", null);

        Assert.Equal("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", error.ExceptionType);
        Assert.StartsWith("The operation couldn't be performed because object 'x'", error.Message, StringComparison.Ordinal);
        Assert.IsType<RecipientNotFoundException>(ExchangeErrorMapper.ToException(error));
    }

    [Fact]
    public void Without_details_the_internal_exception_is_read()
    {
        var error = ExchangeErrorParser.Parse("Get-QuarantineMessage", 400, LiveInvalidEnum, null, null);

        Assert.Equal("Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException", error.ExceptionType);
        Assert.StartsWith("Cannot process argument transformation", error.Message, StringComparison.Ordinal);
        Assert.IsType<ExchangeCommandException>(ExchangeErrorMapper.ToException(error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0\0")]
    [InlineData("<html>gateway</html>")]
    public void A_body_that_is_not_JSON_still_gives_a_clear_error(string body)
    {
        var error = ExchangeErrorParser.Parse("Get-Mailbox", 403, body, "rid", null);

        Assert.DoesNotContain('\0', error.Message);
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.IsType<DirectoryAccessDeniedException>(ExchangeErrorMapper.ToException(error));
    }

    [Fact]
    public void The_proxy_address_text_is_an_address_conflict_and_the_sync_text_a_synced_object()
    {
        var inUse = new ExchangeError("Set-Mailbox", 400, "BadRequest", null,
            "The proxy address \"smtp:a@b.com\" is already being used by the proxy addresses or LegacyExchangeDN of \"x\". Please choose another proxy address.", null);
        var synced = new ExchangeError("Set-Mailbox", 400, "BadRequest", null,
            "The action 'Set-Mailbox', 'EmailAddresses', can't be performed on the object 'x' because the object is being synchronized from your on-premises organization.", null);

        Assert.Equal(DirectoryConflictReason.AddressInUse, Assert.IsType<DirectoryConflictException>(ExchangeErrorMapper.ToException(inUse)).Reason);
        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, Assert.IsType<DirectoryConflictException>(ExchangeErrorMapper.ToException(synced)).Reason);
    }

    [Theory]
    [InlineData("There are too many proxy addresses: 401, and maximum supported number of recipient proxy addresses is 400.")]
    [InlineData("Error executing request. This request results in the user having 334 proxy addresses. The maximum number of proxy addresses permitted is 333. DualWrite (Graph)")]
    public void Going_over_the_proxy_address_cap_is_a_cap_conflict(string text)
    {
        var error = new ExchangeError("Set-Mailbox", 400, "BadRequest", null, text, "rid");

        Assert.Equal(DirectoryConflictReason.AddressCapReached, Assert.IsType<DirectoryConflictException>(ExchangeErrorMapper.ToException(error)).Reason);
    }
}
