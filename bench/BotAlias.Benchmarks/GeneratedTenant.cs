using System.Text.Json;
using BotAlias.Core.Addresses;
using BotAlias.Directory.DemoTenant;

namespace BotAlias.Benchmarks;

/// <summary>
/// A demo tenant of the given size written as a seed into a temporary data folder and loaded the way the bot loads
/// it: 80% users, 10% shared mailboxes, 7% groups, 3% mail contacts, each with a primary and two secondary
/// addresses spread over three domains. Deleted on dispose.
/// </summary>
public sealed class GeneratedTenant : IDisposable
{
    private static readonly string[] FirstNames =
    [
        "anna", "ben", "carla", "david", "elena", "farid", "grace", "hugo", "ines", "jamal", "kim", "lena", "marco",
        "nadia", "oscar", "paula", "quentin", "rosa", "samir", "tina", "umar", "vera", "wim", "xenia", "yusuf", "zoe",
    ];

    private static readonly string[] LastNames =
    [
        "smith", "jones", "garcia", "muller", "rossi", "dubois", "silva", "kowalski", "novak", "jensen", "tanaka",
        "kim", "okafor", "haddad", "ivanova", "larsen", "moreau", "santos", "weber", "yilmaz",
    ];

    private static readonly string[] Domains = ["example.com", "contoso-old.com", "examplecorp.onmicrosoft.com"];

    private readonly string _folder;

    public GeneratedTenant(int recipients)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recipients, 1);
        _folder = Path.Combine(Path.GetTempPath(), "botalias-bench", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_folder);
        var seedPath = Path.Combine(_folder, "generated-seed.json");
        HeldAddresses = WriteSeed(seedPath, recipients);
        Directory = new DemoTenantDirectory(new DemoTenantOptions { DataFolder = Path.Combine(_folder, "data"), SeedPath = seedPath });
        Recipients = recipients;
    }

    public DemoTenantDirectory Directory { get; }

    public int Recipients { get; }

    /// <summary>Every address held in the tenant, as plain text.</summary>
    public IReadOnlyList<string> HeldAddresses { get; }

    /// <summary>Addresses that look like the held ones but nobody holds.</summary>
    public static IEnumerable<string> FreeAddresses(int count) =>
        Enumerable.Range(0, count).Select(i => $"{FirstNames[i % FirstNames.Length]}.{LastNames[i % LastNames.Length]}.free{i}@example.com");

    public static IReadOnlyList<EmailAddress> Parse(IEnumerable<string> addresses) => [.. addresses.Select(EmailAddress.Parse)];

    public void Dispose()
    {
        Directory.Dispose();
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    private static List<string> WriteSeed(string path, int recipients)
    {
        var held = new List<string>(recipients * 3);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("tenantId", "00000000-0000-0000-0000-0000000000001");
        json.WriteStartArray("domains");
        for (var d = 0; d < Domains.Length; d++)
        {
            json.WriteStartObject();
            json.WriteString("name", Domains[d]);
            json.WriteBoolean("isVerified", true);
            json.WriteBoolean("isDefault", d == 0);
            json.WriteBoolean("isInitial", Domains[d].EndsWith(".onmicrosoft.com", StringComparison.Ordinal));
            json.WriteStartArray("supportedServices");
            json.WriteStringValue("Email");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var users = recipients * 80 / 100;
        var shared = recipients * 10 / 100;
        var groups = recipients * 7 / 100;
        var contacts = recipients - users - shared - groups;
        var next = 0;

        json.WriteStartArray("users");
        for (var i = 0; i < users; i++, next++)
        {
            var local = LocalPart(next);
            json.WriteStartObject();
            json.WriteString("id", Id(next));
            json.WriteString("userPrincipalName", $"{local}@{Domains[0]}");
            json.WriteString("displayName", DisplayName(next));
            json.WriteStartObject("mailbox");
            WriteAddresses(json, local, held);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRecipients(json, "sharedMailboxes", shared, ref next, held, external: false);
        WriteRecipients(json, "groups", groups, ref next, held, external: false);
        WriteRecipients(json, "mailContacts", contacts, ref next, held, external: true);
        json.WriteEndObject();
        return held;
    }

    private static void WriteRecipients(Utf8JsonWriter json, string property, int count, ref int next, List<string> held, bool external)
    {
        json.WriteStartArray(property);
        for (var i = 0; i < count; i++, next++)
        {
            var local = LocalPart(next);
            json.WriteStartObject();
            json.WriteString("id", Id(next));
            json.WriteString("displayName", DisplayName(next));
            WriteAddresses(json, local, held);
            if (external)
            {
                json.WriteString("externalAddress", $"{local}@partner.example.net");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAddresses(Utf8JsonWriter json, string local, List<string> held)
    {
        var primary = $"{local}@{Domains[0]}";
        json.WriteString("primaryAddress", primary);
        held.Add(primary);
        json.WriteStartArray("secondaryAddresses");
        foreach (var secondary in new[] { $"{local}@{Domains[1]}", $"{local}@{Domains[2]}" })
        {
            json.WriteStringValue(secondary);
            held.Add(secondary);
        }

        json.WriteEndArray();
    }

    // first.last + a number: unique, and realistic prefixes ("anna.s" matches many).
    private static string LocalPart(int n) => $"{FirstNames[n % FirstNames.Length]}.{LastNames[n / FirstNames.Length % LastNames.Length]}{n}";

    private static string DisplayName(int n) => $"{FirstNames[n % FirstNames.Length]} {LastNames[n / FirstNames.Length % LastNames.Length]} {n}";

    private static string Id(int n) => $"00000000-0000-0000-0001-{n:D12}";
}
