using BotAlias.Core.Addresses;
using BotAlias.Core.Requests;
using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Held-back addresses in the <c>address_holdback</c> table, one row per address (case-insensitive).
/// Holding an address again never shortens its hold: the later end wins, with its reason.
/// </summary>
public sealed class SqliteAddressHoldback(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null) : IAddressHoldback
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    public async Task HoldAsync(EmailAddress address, DateTimeOffset until, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);

        var parameters = new
        {
            addressKey = SqliteAddressKey.For(address.Value),
            address = address.Value,
            heldUntil = SqliteTimestamp.ToText(until),
            reason,
            createdAt = SqliteTimestamp.ToText(_timeProvider.GetUtcNow()),
        };

        // Timestamps are fixed-width UTC text, so comparing the text compares the times.
        await connectionFactory.WriteAsync(
            (write, token) => write.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO address_holdback (address_key, address, held_until, reason, created_at)
                VALUES (@addressKey, @address, @heldUntil, @reason, @createdAt)
                ON CONFLICT (address_key) DO UPDATE SET
                    address    = CASE WHEN excluded.held_until > held_until THEN excluded.address ELSE address END,
                    reason     = CASE WHEN excluded.held_until > held_until THEN excluded.reason ELSE reason END,
                    held_until = MAX(held_until, excluded.held_until);
                """,
                parameters,
                write.Transaction,
                cancellationToken: token)),
            cancellationToken);
    }

    /// <remarks>The hold ends at its end time: at that instant the address is free.</remarks>
    public async Task<DateTimeOffset?> GetHeldUntilAsync(EmailAddress address, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);

        // Asked on every submit: on a kept reader, whose statement is compiled once.
        var addressKey = SqliteAddressKey.For(address.Value);
        var after = SqliteTimestamp.ToText(now);
        var heldUntil = await connectionFactory.ReadAsync(
            (read, token) => read.QueryValueAsync<string>(
                "SELECT held_until FROM address_holdback WHERE address_key = @addressKey AND held_until > @now;",
                new { addressKey, now = after },
                token),
            cancellationToken);
        return heldUntil is null ? null : SqliteTimestamp.Parse(heldUntil);
    }
}
