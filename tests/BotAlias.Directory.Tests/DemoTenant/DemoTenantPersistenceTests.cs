using BotAlias.Core.Addresses;
using BotAlias.Directory.DemoTenant;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantPersistenceTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reset_restores_the_seed_in_memory_and_on_disk()
    {
        string seedJson;
        var added = EmailAddress.Parse("patti@example.com");
        using (var directory = _folder.Open())
        {
            seedJson = File.ReadAllText(_folder.DataFile);
            await directory.AddSecondaryAddressAsync(Patti, added);
            await directory.RemoveSecondaryAddressAsync(Alex, EmailAddress.Parse("alex.wilber@example.com"));

            await directory.ResetAsync();

            Assert.Null(await directory.FindHolderAsync(added));
            Assert.Equal(Alex, (await directory.FindHolderAsync(EmailAddress.Parse("alex.wilber@example.com")))?.Recipient.Id);
        }

        Assert.Equal(seedJson, File.ReadAllText(_folder.DataFile));
        using var restarted = _folder.Open();
        Assert.Null(await restarted.FindHolderAsync(added));
    }

    [Fact]
    public async Task Reset_of_the_data_folder_repairs_a_data_file_too_broken_to_load()
    {
        var options = new DemoTenantOptions { DataFolder = _folder.Path };
        File.WriteAllText(_folder.DataFile, "{ \"tenantId\": ");
        Assert.Throws<InvalidDataException>(() => _folder.Open());

        var written = await DemoTenantDirectory.ResetDataFolderAsync(options);

        Assert.Equal(_folder.DataFile, written);
        using var directory = _folder.Open();
        Assert.Equal("Alex Wilber", (await directory.FindUserAsync(Alex))?.DisplayName);
        Assert.Equal(["demo-tenant.json"], _folder.FileNames());
    }

    [Fact]
    public void Corrupt_data_file_is_reported_with_its_path_and_the_reset_command_and_left_alone()
    {
        File.WriteAllText(_folder.DataFile, "{ \"tenantId\": \"x\", \"users\": [ ");

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open());

        Assert.Contains(_folder.DataFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("reset-demo", error.Message, StringComparison.Ordinal);
        Assert.Equal("{ \"tenantId\": \"x\", \"users\": [ ", File.ReadAllText(_folder.DataFile));
    }

    [Fact]
    public void Misspelt_property_in_the_data_file_is_an_error_not_a_silent_loss()
    {
        File.WriteAllText(_folder.DataFile, """{ "tenantId": "t", "userz": [] }""");

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open());

        Assert.Contains("userz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_with_an_address_held_twice_is_refused_at_load_naming_the_address()
    {
        var seed = _folder.WriteFile("broken-seed.json", """
            {
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "users": [
                { "id": "u1", "userPrincipalName": "ann@example.com", "displayName": "Ann",
                  "mailbox": { "primaryAddress": "ann@example.com", "secondaryAddresses": [ "Shared.Name@example.com" ] } },
                { "id": "u2", "userPrincipalName": "bob@example.com", "displayName": "Bob",
                  "mailbox": { "primaryAddress": "bob@example.com" } }
              ],
              "groups": [
                { "id": "g1", "displayName": "Team", "primaryAddress": "shared.name@EXAMPLE.com" }
              ]
            }
            """);

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open(seedPath: seed));

        Assert.Contains("shared.name@example.com", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(seed, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.DataFile), "a broken seed must not be copied into the data folder");
    }

    [Fact]
    public void Missing_seed_file_is_reported_with_its_path()
    {
        var missing = Path.Combine(_folder.Path, "nowhere.json");

        var error = Assert.Throws<FileNotFoundException>(() => _folder.Open(seedPath: missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_seed_is_used_for_first_start_and_reset()
    {
        var seed = _folder.WriteFile("small-seed.json", """
            {
              // comments are allowed: people edit seeds by hand
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "users": [
                { "id": "u1", "userPrincipalName": "ann@example.com", "displayName": "Ann",
                  "mailbox": { "primaryAddress": "ann@example.com" } },
                { "id": "u2", "userPrincipalName": "bob@example.com", "displayName": "Bob", "accountEnabled": false },
              ],
            }
            """);
        using var directory = _folder.Open(seedPath: seed);
        await directory.AddSecondaryAddressAsync("u1", EmailAddress.Parse("annie@example.com"));

        await directory.ResetAsync();

        Assert.Equal("t1", directory.TenantId);
        Assert.Null(await directory.FindHolderAsync(EmailAddress.Parse("annie@example.com")));
        Assert.Null(await directory.FindUserAsync(Alex));
        Assert.True((await directory.FindUserAsync("u1"))!.AccountEnabled, "a user without accountEnabled is enabled");
        Assert.False((await directory.FindUserAsync("u2"))!.AccountEnabled);
    }
}
