using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Exchange's rules for giving a recipient another proxy address.</summary>
internal static class AddressRules
{
    /// <summary>Refuses an address another recipient holds, listed or not.</summary>
    /// <returns>True when <paramref name="recipient"/> already holds it, so there is nothing to do.</returns>
    public static bool RequireFreeOrHeldBy(DemoTenantState state, Recipient recipient, EmailAddress address)
    {
        if (!state.AddressIndex.TryGetValue(address, out var holder))
        {
            return false;
        }

        if (string.Equals(holder.Recipient.Id, recipient.Id, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw new DirectoryConflictException(
            DirectoryConflictReason.AddressInUse,
            $"{address} is already held by {RecipientDescription.Describe(holder.Recipient)}; an address belongs to one recipient at a time.");
    }

    /// <returns>True when the user already holds the X500 address.</returns>
    public static bool RequireX500FreeOrHeldBy(DemoTenantState state, string userId, string x500)
    {
        if (!state.X500Holders.TryGetValue(x500, out var holderId))
        {
            return false;
        }

        if (string.Equals(holderId, userId, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var holder = state.UsersById.GetValueOrDefault(holderId)?.DisplayName ?? holderId;
        throw new DirectoryConflictException(
            DirectoryConflictReason.AddressInUse,
            $"X500:{x500} is already held by {holder} (user, id {holderId}); an address belongs to one recipient at a time.");
    }

    public static void RequireAcceptedDomain(DemoTenantState state, EmailAddress address)
    {
        if (!state.IsAcceptedDomain(address.Domain))
        {
            throw new DirectoryConflictException(
                DirectoryConflictReason.DomainNotAccepted,
                $"{address.Domain} is not a verified mail domain of the tenant, so Exchange would not accept {address}.");
        }
    }

    /// <summary>Refuses one more proxy address when the recipient already holds <paramref name="cap"/>.</summary>
    public static void RequireRoomForOneMore(DemoTenantState state, Recipient recipient, int cap)
    {
        var count = state.ProxyAddressCount(recipient);
        if (count >= cap)
        {
            throw new DirectoryConflictException(
                DirectoryConflictReason.AddressCapReached,
                $"{RecipientDescription.Describe(recipient)} already holds {count} proxy addresses, the most the tenant allows ({cap}); remove one first.");
        }
    }
}
