using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.TestSupport.Bulk;

/// <summary>
/// A demo-tenant seed (the shape of src/BotAlias.Directory/DemoTenant/demo-tenant.json, with its domains) holding
/// many user mailboxes, the same for the same arguments. Names are the hard cases a bulk pattern meets: accents
/// (José, Zoë, Müller, Łukasz), apostrophes (O'Brien), spaces (de la Cruz), hyphens, and a few people with exactly
/// the same given name and surname so <c>{first}.{last}</c> collides. About 2% are synced from on-premises and
/// about 10% already hold <c>{alias}@contoso-old.com</c>. Groups: All Staff (everyone), Sales (some people and the
/// nested group Sales EMEA, whose members partly overlap Sales's own).
/// </summary>
/// <remarks>Ids start with 1 (users), 2 (groups), 3 (shared mailboxes), 4 (contacts): far from the demo seed's 0000....</remarks>
public static class LargeTenantSeed
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string DefaultDomain = "example.com";
    public const string OldDomain = "contoso-old.com";
    public const string AllStaffGroupId = "20000000-0000-4000-8000-000000000001";
    public const string SalesGroupId = "20000000-0000-4000-8000-000000000002";
    public const string SalesEmeaGroupId = "20000000-0000-4000-8000-000000000003";
    public const string SharedMailboxId = "30000000-0000-4000-8000-000000000001";
    public const string ContactId = "40000000-0000-4000-8000-000000000001";

    private static readonly string[] GivenNames =
    [
        "José", "Zoë", "Łukasz", "Anna", "Mary-Kate", "Jean-Luc", "Siobhán", "Björn", "Chloé", "François", "Ana María", "Søren",
        "Noémie", "Jürgen", "Renée", "Dmitri", "Aoife", "Ömer", "Mohammed", "Priya", "Kai", "Liam", "Olivia", "Noah", "Emma",
        "Mateo", "Sofía", "Hiroshi", "Ines", "Zoltán", "Ðorđe", "Ægir", "Eva", "Tomás", "Grace", "D'Arcy",
    ];

    private static readonly string[] Surnames =
    [
        "Müller", "O'Brien", "de la Cruz", "García", "Smith-Jones", "Nowak", "Łęcki", "Van der Berg", "Dubois", "Øvrebø",
        "Schäfer", "Nguyễn", "D'Angelo", "Kowalski", "Fernández", "MacDonald", "Le Roux", "Jönsson", "Ó Súilleabháin",
        "Papadopoulos", "Yılmaz", "Brown", "Lee", "Wilson", "Martin", "Taylor", "Novák", "Straße", "Ahmed", "St. John",
    ];

    /// <summary>The seed's JSON.</summary>
    /// <param name="mailboxes">User mailboxes to create (at least 10, so every kind of name is present).</param>
    /// <param name="seed">The same seed gives the same tenant.</param>
    public static string Generate(int mailboxes, int seed = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mailboxes, 10);
        var random = new Random(seed);
        var users = new JsonArray();
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new List<string>(mailboxes);
        (string Given, string Surname) previous = default;
        for (var i = 0; i < mailboxes; i++)
        {
            // Every 250th person has exactly the name of the one before: two people, one {first}.{last}.
            (string Given, string Surname) name = i > 0 && i % 250 == 0
                ? previous
                : (GivenNames[random.Next(GivenNames.Length)], Surnames[random.Next(Surnames.Length)]);
            previous = name;
            var alias = UniqueAlias(aliases, Fold(name.Given) + "." + Fold(name.Surname));
            var id = Id(1, i + 1);
            ids.Add(id);
            var secondaries = new JsonArray();
            if (random.NextDouble() < 0.10)
            {
                secondaries.Add($"{alias}@{OldDomain}");
            }

            users.Add(new JsonObject
            {
                ["id"] = id,
                ["userPrincipalName"] = $"{alias}@{DefaultDomain}",
                ["displayName"] = $"{name.Given} {name.Surname}",
                ["givenName"] = name.Given,
                ["surname"] = name.Surname,
                ["accountEnabled"] = true,
                ["onPremisesSyncEnabled"] = random.NextDouble() < 0.02,
                ["mailbox"] = new JsonObject
                {
                    ["primaryAddress"] = $"{alias}@{DefaultDomain}",
                    ["alias"] = alias,
                    ["secondaryAddresses"] = secondaries,
                },
            });
        }

        var sales = ids.Where((_, i) => i % 10 == 0).ToList();
        var salesEmea = ids.Where((_, i) => i % 10 == 1 || i % 20 == 0).ToList();
        var root = new JsonObject
        {
            ["tenantId"] = TenantId,
            ["domains"] = Domains(),
            ["users"] = users,
            ["sharedMailboxes"] = new JsonArray(new JsonObject
            {
                ["id"] = SharedMailboxId,
                ["displayName"] = "Reception",
                ["primaryAddress"] = $"reception@{DefaultDomain}",
                ["alias"] = "reception",
                ["secondaryAddresses"] = new JsonArray(),
            }),
            ["groups"] = new JsonArray(
                Group(AllStaffGroupId, "All Staff", "allstaff", ids, []),
                Group(SalesGroupId, "Sales", "sales", sales, [SalesEmeaGroupId]),
                Group(SalesEmeaGroupId, "Sales EMEA", "sales.emea", salesEmea, [])),
            ["mailContacts"] = new JsonArray(new JsonObject
            {
                ["id"] = ContactId,
                ["displayName"] = "Fabrikam Orders",
                ["primaryAddress"] = $"fabrikam.orders@{DefaultDomain}",
                ["secondaryAddresses"] = new JsonArray($"orders@{OldDomain}"),
                ["externalAddress"] = "orders@fabrikam.com",
            }),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>Writes the seed to a file and returns its path.</summary>
    public static string WriteTo(string folder, int mailboxes, int seed = 8)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"large-tenant-{mailboxes}-{seed}.json");
        File.WriteAllText(path, Generate(mailboxes, seed));
        return path;
    }

    /// <summary>The user id of the n-th generated mailbox (1-based).</summary>
    public static string UserId(int n) => Id(1, n);

    /// <summary>
    /// A name as an Exchange alias: accents dropped (é to e), letters with no decomposition spelt out (ł to l, ß to
    /// ss), apostrophes, spaces and dots removed, lower case. Hyphens stay: Exchange accepts them.
    /// </summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or ' ' or '.' or '\u2019')
            {
                continue;
            }

            text.Append(char.ToLowerInvariant(c) switch
            {
                'ł' => "l",
                'ø' => "o",
                'ß' => "ss",
                'æ' => "ae",
                'đ' or 'ð' => "d",
                'ı' => "i",
                var other => other.ToString(),
            });
        }

        // Anything still outside what an alias takes is dropped rather than guessed.
        return new string([.. text.ToString().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')]);
    }

    private static string UniqueAlias(HashSet<string> taken, string wanted)
    {
        var alias = wanted;
        for (var n = 2; !taken.Add(alias); n++)
        {
            alias = wanted + n.ToString(CultureInfo.InvariantCulture);
        }

        return alias;
    }

    private static string Id(int kind, int n) => $"{kind}0000000-0000-4000-8000-{n.ToString("D12", CultureInfo.InvariantCulture)}";

    private static JsonObject Group(string id, string name, string alias, IEnumerable<string> members, IEnumerable<string> nested) => new()
    {
        ["id"] = id,
        ["displayName"] = name,
        ["primaryAddress"] = $"{alias}@{DefaultDomain}",
        ["secondaryAddresses"] = new JsonArray(),
        ["memberIds"] = new JsonArray([.. members.Select(m => (JsonNode?)JsonValue.Create(m))]),
        ["memberGroupIds"] = new JsonArray([.. nested.Select(m => (JsonNode?)JsonValue.Create(m))]),
    };

    private static JsonArray Domains() => new(
        Domain("example.com", verified: true, isDefault: true, initial: false, "Email", "OfficeCommunicationsOnline"),
        Domain(OldDomain, verified: true, isDefault: false, initial: false, "Email"),
        Domain("examplecorp.onmicrosoft.com", verified: true, isDefault: false, initial: true, "Email", "OfficeCommunicationsOnline"),
        Domain("webmail.example.net", verified: true, isDefault: false, initial: false, "Email"),
        Domain("example.org", verified: false, isDefault: false, initial: false));

    private static JsonObject Domain(string name, bool verified, bool isDefault, bool initial, params string[] services) => new()
    {
        ["name"] = name,
        ["isVerified"] = verified,
        ["isDefault"] = isDefault,
        ["isInitial"] = initial,
        ["supportedServices"] = new JsonArray([.. services.Select(s => (JsonNode?)JsonValue.Create(s))]),
    };
}
