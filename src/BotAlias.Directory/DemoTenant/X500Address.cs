namespace BotAlias.Directory.DemoTenant;

/// <summary>The form an X500 proxy address takes here: a distinguished name such as a LegacyExchangeDN, without the prefix.</summary>
internal static class X500Address
{
    public const string Prefix = "X500:";

    /// <summary>What is wrong with the value, or null when it is usable.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "it is empty.";
        }

        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"give the distinguished name without the '{Prefix}' prefix.";
        }

        if (value[0] != '/' || value.Trim().Length != value.Length)
        {
            return "it is not a distinguished name such as '/o=ExchangeLabs/ou=.../cn=Recipients/cn=...'.";
        }

        return null;
    }
}
