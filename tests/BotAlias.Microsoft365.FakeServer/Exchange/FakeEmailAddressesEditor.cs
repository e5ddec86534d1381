using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// EmailAddresses and PrimarySmtpAddress as Exchange applies them, on a working copy of the proxy list so a refused
/// change leaves the recipient untouched. A <c>#Exchange.GenericHashTable</c> with Add/Remove edits the list; a
/// plain list (or a single value) REPLACES it, X500 addresses included, exactly as
/// <c>Set-Mailbox -EmailAddresses a,b</c> does: a client that sends one loses addresses, and tests see it.
/// </summary>
public static class FakeEmailAddressesEditor
{
    public const string HashtableType = "#Exchange.GenericHashTable";

    public static void Apply(FakeTenant tenant, FakeDirectoryObject target, List<string> proxies, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject table:
                ApplyHashtable(tenant, target, proxies, table);
                break;
            case JsonArray list:
                Replace(tenant, target, proxies, [.. list.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String
                    ? v.GetValue<string>()
                    : throw FakeExchangeException.ParameterTransformation("EmailAddresses", "Each address must be text."))]);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                Replace(tenant, target, proxies, [value.GetValue<string>()]);
                break;
            default:
                throw FakeExchangeException.ParameterTransformation("EmailAddresses", "Cannot convert null to type \"Microsoft.Exchange.Data.ProxyAddressCollection\".");
        }
    }

    /// <summary>Makes the address the primary; the old primary stays as a secondary.</summary>
    public static void SetPrimary(FakeTenant tenant, FakeDirectoryObject target, List<string> proxies, string address)
    {
        var proxy = "SMTP:" + (address.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) ? address[5..] : address);
        CheckCanHold(tenant, target, proxy);
        var current = proxies.FindIndex(p => p.StartsWith("SMTP:", StringComparison.Ordinal));
        var existing = proxies.FindIndex(p => string.Equals(p, proxy, StringComparison.OrdinalIgnoreCase));
        if (current >= 0 && current == existing)
        {
            return;
        }

        if (current >= 0)
        {
            proxies[current] = "smtp:" + proxies[current][5..];
        }

        if (existing >= 0)
        {
            proxies[existing] = proxy;
        }
        else
        {
            proxies.Insert(0, proxy);
        }
    }

    private static void ApplyHashtable(FakeTenant tenant, FakeDirectoryObject target, List<string> proxies, JsonObject table)
    {
        if (table["@odata.type"]?.GetValue<string>() is not HashtableType)
        {
            throw FakeExchangeException.ParameterTransformation(
                "EmailAddresses",
                $"An object without \"@odata.type\": \"{HashtableType}\" does not bind to a hashtable.");
        }

        var add = new List<string>();
        var remove = new List<string>();
        foreach (var (key, value) in table)
        {
            if (key == "@odata.type")
            {
                continue;
            }

            var values = value switch
            {
                JsonArray array => array.Select(v => v?.GetValue<string>() ?? string.Empty).ToList(),
                JsonValue single => [single.GetValue<string>()],
                _ => [],
            };

            // PowerShell hashtable keys ignore case (CIPP-API sends "remove" and "Add").
            if (string.Equals(key, "Add", StringComparison.OrdinalIgnoreCase))
            {
                add.AddRange(values);
            }
            else if (string.Equals(key, "Remove", StringComparison.OrdinalIgnoreCase))
            {
                remove.AddRange(values);
            }
            else
            {
                throw FakeExchangeException.ParameterTransformation("EmailAddresses", $"The hashtable key '{key}' is not Add or Remove.");
            }
        }

        foreach (var proxy in remove.Select(Normalize))
        {
            var index = proxies.FindIndex(p => string.Equals(p, proxy, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                continue;
            }

            if (proxies[index].StartsWith("SMTP:", StringComparison.Ordinal))
            {
                throw FakeExchangeException.PrimaryRemoval(proxies[index]);
            }

            proxies.RemoveAt(index);
        }

        foreach (var proxy in add.Select(Normalize))
        {
            if (proxies.Any(p => string.Equals(p, proxy, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            CheckCanHold(tenant, target, proxy);
            if (proxy.StartsWith("SMTP:", StringComparison.Ordinal) && proxies.Any(p => p.StartsWith("SMTP:", StringComparison.Ordinal)))
            {
                throw FakeExchangeException.MultiplePrimaries();
            }

            proxies.Add(proxy);
        }
    }

    private static void Replace(FakeTenant tenant, FakeDirectoryObject target, List<string> proxies, List<string> values)
    {
        var replacement = values.Select(Normalize).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var primaries = replacement.Count(p => p.StartsWith("SMTP:", StringComparison.Ordinal));
        if (primaries > 1)
        {
            throw FakeExchangeException.MultiplePrimaries();
        }

        if (primaries == 0)
        {
            // No primary named: keep the current one if listed, else the first SMTP address becomes primary.
            var keep = replacement.FindIndex(p => string.Equals(p, "smtp:" + target.Mail, StringComparison.OrdinalIgnoreCase));
            var index = keep >= 0 ? keep : replacement.FindIndex(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw FakeExchangeException.InvalidRequest("The e-mail address list must contain a primary SMTP address.");
            }

            replacement[index] = "SMTP:" + replacement[index][5..];
        }

        foreach (var proxy in replacement)
        {
            CheckCanHold(tenant, target, proxy);
        }

        proxies.Clear();
        proxies.AddRange(replacement);
    }

    private static void CheckCanHold(FakeTenant tenant, FakeDirectoryObject target, string proxy)
    {
        if (proxy.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
        {
            var at = proxy.IndexOf('@', StringComparison.Ordinal);
            if (at < 6 || at == proxy.Length - 1)
            {
                throw FakeExchangeException.InvalidRequest($"The e-mail address \"{proxy[5..]}\" isn't correct. Please use this format: user name, the @ sign, followed by the domain name.");
            }

            var domain = proxy[(at + 1)..];
            if (!tenant.IsAcceptedDomain(domain))
            {
                throw FakeExchangeException.NotAcceptedDomain(proxy, domain);
            }
        }

        if (FakeExchangeDirectory.OtherHolder(tenant, target, proxy) is { } holder)
        {
            throw FakeExchangeException.ProxyAddressInUse(proxy, holder.DisplayName);
        }
    }

    /// <summary>An address without a prefix is SMTP; the prefix's case (SMTP: primary, smtp: secondary) is kept.</summary>
    private static string Normalize(string value) =>
        value.Contains(':', StringComparison.Ordinal) ? value : "smtp:" + value;
}
