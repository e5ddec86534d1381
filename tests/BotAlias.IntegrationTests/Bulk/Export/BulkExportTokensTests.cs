using BotAlias.Features.AuditExport;
using BotAlias.Features.Bulk.Export;
using Microsoft.AspNetCore.DataProtection;

namespace BotAlias.IntegrationTests.Bulk.Export;

public sealed class BulkExportTokensTests
{
    private readonly EphemeralDataProtectionProvider _provider = new();

    private static BulkExportTicket Ticket(TimeSpan expiresIn) =>
        new(BulkExportTokens.NewTokenId(), "BK-7Q2M9X", "00000000-0000-0000-0000-0000000000024", "Patti Fernandez", DateTimeOffset.UtcNow + expiresIn);

    [Fact]
    public void A_sealed_ticket_opens_as_it_was_and_its_token_goes_in_a_url_unchanged()
    {
        var tokens = new BulkExportTokens(_provider);
        var ticket = Ticket(TimeSpan.FromHours(1));

        var token = tokens.Seal(ticket);

        Assert.Equal(ticket, tokens.Open(token));
        Assert.Equal(token, Uri.EscapeDataString(token));
        Assert.DoesNotContain("Patti", token, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_or_cut_token_is_refused()
    {
        var tokens = new BulkExportTokens(_provider);
        var token = tokens.Seal(Ticket(TimeSpan.FromHours(1)));
        var flipped = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        foreach (var forged in new[] { flipped, token[..^4], token + "A", "abc", "%%%", "", "   ", null })
        {
            Assert.Null(tokens.Open(forged));
        }
    }

    [Fact]
    public void A_token_sealed_for_another_purpose_such_as_an_audit_export_is_refused_and_a_bulk_token_does_not_open_there()
    {
        var auditTokens = new AuditExportTokens(_provider);
        var bulkTokens = new BulkExportTokens(_provider);
        var auditToken = auditTokens.Seal(new AuditExportTicket(AuditExportTokens.NewTokenId(), "00000000-0000-0000-0000-0000000000024", "Patti Fernandez", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3), DateTimeOffset.UtcNow.AddHours(1)));

        Assert.Null(bulkTokens.Open(auditToken));
        Assert.Null(auditTokens.Open(bulkTokens.Seal(Ticket(TimeSpan.FromHours(1)))));
    }

    [Fact]
    public void A_token_past_its_expiry_is_refused()
    {
        var tokens = new BulkExportTokens(_provider);

        Assert.Null(tokens.Open(tokens.Seal(Ticket(TimeSpan.FromSeconds(-1)))));
    }

    [Fact]
    public void A_token_from_another_installation_is_refused()
    {
        var token = new BulkExportTokens(new EphemeralDataProtectionProvider()).Seal(Ticket(TimeSpan.FromHours(1)));

        Assert.Null(new BulkExportTokens(_provider).Open(token));
    }

    [Theory]
    [InlineData("https://bot.contoso.com", "https://bot.contoso.com/bulk/export?t=tok%2Ben")]
    [InlineData("https://bot.contoso.com/", "https://bot.contoso.com/bulk/export?t=tok%2Ben")]
    [InlineData("https://contoso.com/botalias", "https://contoso.com/botalias/bulk/export?t=tok%2Ben")]
    public void The_link_is_under_the_public_address_even_one_with_a_path(string publicBaseUrl, string expected)
    {
        Assert.Equal(expected, BulkExportLink.For(publicBaseUrl, "tok+en").AbsoluteUri);
    }
}
