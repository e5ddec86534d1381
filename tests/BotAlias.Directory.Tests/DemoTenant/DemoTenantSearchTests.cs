using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantSearchTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_local_part_prefix_finds_the_addresses_at_every_domain_in_address_order()
    {
        using var directory = _folder.Open();

        var found = await directory.SearchAddressesAsync("alex", 10);

        Assert.Equal(
            ["alex.wilber@example.com", "alexw@contoso-old.com", "alexw@example.com", "alexw@examplecorp.onmicrosoft.com"],
            found.Select(h => h.Address.Value));
        Assert.All(found, h => Assert.Equal(Alex, h.Recipient.Id));
        Assert.Equal([false, false, true, false], found.Select(h => h.IsPrimary));
    }

    [Theory]
    [InlineData("ALEX.W", "alex.wilber@example.com")]
    [InlineData("sales@c", "sales@contoso-old.com")]
    [InlineData("  accounts@example.com ", "accounts@example.com")]
    [InlineData("fabrikam", "fabrikam.orders@example.com")]
    [InlineData("jo.brown@north", "jo.brown@northwindtraders.com")]
    public async Task A_prefix_is_matched_ignoring_case_and_may_run_past_the_at(string prefix, string expected)
    {
        using var directory = _folder.Open();

        var found = Assert.Single(await directory.SearchAddressesAsync(prefix, 10));

        Assert.Equal(expected, found.Address.Value);
    }

    [Fact]
    public async Task Each_match_carries_its_holder_and_kind()
    {
        using var directory = _folder.Open();

        var found = (await directory.SearchAddressesAsync("a", 20)).ToDictionary(h => h.Address.Value);

        Assert.Equal(RecipientKind.Group, found["accounts@example.com"].Recipient.Kind);
        Assert.Equal(FinanceGroup, found["accounts@example.com"].Recipient.Id);
        Assert.Equal(RecipientKind.User, found["adelev@example.com"].Recipient.Kind);
        Assert.True(found["allstaff@example.com"].IsPrimary);
    }

    [Fact]
    public async Task The_limit_keeps_the_first_matches()
    {
        using var directory = _folder.Open();

        var all = await directory.SearchAddressesAsync("a", 100);
        var three = await directory.SearchAddressesAsync("a", 3);

        Assert.True(all.Count > 3);
        Assert.Equal(all.Take(3).Select(h => h.Address), three.Select(h => h.Address));
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("alexw@example.com.")]
    [InlineData("orders@fabrikam")] // a contact's external address is not held by the tenant
    [InlineData("ålex")]
    public async Task A_prefix_nothing_starts_with_finds_nothing(string prefix)
    {
        using var directory = _folder.Open();

        Assert.Empty(await directory.SearchAddressesAsync(prefix, 10));
    }

    [Fact]
    public async Task Search_sees_addresses_added_and_removed()
    {
        using var directory = _folder.Open();
        var added = EmailAddress.Parse("Team.Lead@example.com");

        await directory.AddSecondaryAddressAsync(SalesMailbox, added);
        var afterAdd = Assert.Single(await directory.SearchAddressesAsync("team", 10));
        await directory.RemoveSecondaryAddressAsync(SalesMailbox, added);

        Assert.Equal(SalesMailbox, afterAdd.Recipient.Id);
        Assert.Equal("Team.Lead@example.com", afterAdd.Address.Value);
        Assert.Empty(await directory.SearchAddressesAsync("team", 10));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_with_clear_errors()
    {
        using var directory = _folder.Open();

        await Assert.ThrowsAsync<ArgumentException>(() => directory.SearchAddressesAsync(" ", 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => directory.SearchAddressesAsync("a", 0));
    }

    [Fact]
    public async Task In_a_large_tenant_the_index_finds_exactly_what_a_full_scan_finds()
    {
        // Names that sort around the '@' and the separators ('-' < '.' < digits < '@' < '_' < letters).
        var locals = Enumerable.Range(0, 3000)
            .Select(i => (i % 5) switch
            {
                0 => $"user{i}",
                1 => $"user.{i}",
                2 => $"user-{i}",
                3 => $"user_{i}",
                _ => $"u{i}",
            })
            .ToList();
        var seed = _folder.WriteFile("large-seed.json", LargeSeed(locals));
        using var directory = _folder.Open(seedPath: seed);
        var everyAddress = locals.SelectMany(l => new[] { $"{l}@example.com", $"{l}@contoso-old.com" }).ToList();

        foreach (var prefix in new[] { "user1", "user", "user.2", "user-29", "user_", "u1", "user12@", "user12@c", "USER7@EXAMPLE", "v" })
        {
            var expected = everyAddress.Where(a => a.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).Take(25).ToList();

            var found = await directory.SearchAddressesAsync(prefix, 25);

            Assert.Equal(expected, found.Select(h => h.Address.Value));
        }
    }

    private static string LargeSeed(List<string> locals)
    {
        var users = new JsonArray();
        for (var i = 0; i < locals.Count; i++)
        {
            users.Add(new JsonObject
            {
                ["id"] = $"user-{i}",
                ["userPrincipalName"] = $"{locals[i]}@example.com",
                ["displayName"] = $"User {i}",
                ["mailbox"] = new JsonObject
                {
                    ["primaryAddress"] = $"{locals[i]}@example.com",
                    ["secondaryAddresses"] = new JsonArray($"{locals[i]}@contoso-old.com"),
                },
            });
        }

        return new JsonObject
        {
            ["tenantId"] = Tenant,
            ["domains"] = new JsonArray(
                new JsonObject { ["name"] = "example.com", ["isVerified"] = true, ["isDefault"] = true, ["supportedServices"] = new JsonArray("Email") },
                new JsonObject { ["name"] = "contoso-old.com", ["isVerified"] = true, ["supportedServices"] = new JsonArray("Email") }),
            ["users"] = users,
        }.ToJsonString();
    }
}
