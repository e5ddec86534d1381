using System.Threading.RateLimiting;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Bulk address writes as one Set-Mailbox call each (EmailAddresses <c>@{Add}</c> / <c>@{Remove}</c>, or
/// PrimarySmtpAddress), paced by a client-side token bucket and at most <see cref="Microsoft365BulkOptions.MaxConcurrency"/>
/// in flight, so a 10,000-mailbox run stays under Exchange's throttling instead of bouncing off it. Each call is
/// idempotent by itself (Exchange ignores adding an address the mailbox holds and removing one it does not), so
/// there is no read before and no read back: a third of the calls a single write makes.
/// </summary>
/// <remarks>
/// Writes to different mailboxes run concurrently; writes to the same mailbox run in the order given, and once one
/// of them is <see cref="BulkWriteStatus.Transient"/> the rest wait for the next batch (a switch of primary followed
/// by removal of the old one must not run half). Retry-After is honoured by the HTTP retry handler within its
/// budget; past it the outcome is Transient and carries the last Retry-After for the caller's back-off.
/// </remarks>
public sealed class ExchangeBulkAddressWriter : IBulkAddressWriter, IDisposable
{
    private readonly ExchangeAdminClient _exchange;
    private readonly int _maxConcurrency;
    private readonly TokenBucketRateLimiter _pace;
    private readonly ILogger _logger;

    public ExchangeBulkAddressWriter(ExchangeAdminClient exchange, Microsoft365BulkOptions options, ILogger<ExchangeBulkAddressWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrency, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.WritesPerSecond, 0, nameof(options));
        _exchange = exchange;
        _maxConcurrency = options.MaxConcurrency;
        _logger = logger ?? NullLogger<ExchangeBulkAddressWriter>.Instance;

        // Refilled at least every 100 ms but never by less than one token, so slow rates (2/s: one token every
        // 500 ms) and fast test rates (500/s: 50 tokens every 100 ms) both come out even. The bucket holds one
        // period's worth: no burst beyond the rate.
        var tokensPerPeriod = Math.Max(1, (int)Math.Ceiling(options.WritesPerSecond / 10));
        _pace = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokensPerPeriod,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokensPerPeriod / options.WritesPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async Task<IReadOnlyList<BulkWriteOutcome>> ApplyAsync(IReadOnlyList<BulkWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var outcomes = new BulkWriteOutcome[writes.Count];
        var perMailbox = writes.Select((write, index) => (Write: write, Index: index))
            .GroupBy(w => w.Write.RecipientId, StringComparer.OrdinalIgnoreCase);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _maxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(perMailbox, parallel, async (chain, token) =>
        {
            BulkWriteOutcome? unfinished = null;
            foreach (var (write, index) in chain)
            {
                outcomes[index] = unfinished is null
                    ? await ApplyOneAsync(write, token).ConfigureAwait(false)
                    : new BulkWriteOutcome(write.Key, BulkWriteStatus.Transient, "Not tried: an earlier change to the same mailbox in this batch did not complete.", unfinished.RetryAfter);
                if (unfinished is null && outcomes[index].Status == BulkWriteStatus.Transient)
                {
                    unfinished = outcomes[index];
                }
            }
        }).ConfigureAwait(false);
        return outcomes;
    }

    public void Dispose() => _pace.Dispose();

    private async Task<BulkWriteOutcome> ApplyOneAsync(BulkWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await PaceAsync(cancellationToken).ConfigureAwait(false);
            var mailbox = new ExchangeRecipient { ExternalDirectoryObjectId = write.RecipientId, RecipientTypeDetails = "UserMailbox" };
            var proxy = "smtp:" + write.Address.Value;
            await (write.Kind switch
            {
                BulkWriteKind.AddSecondary => _exchange.ChangeEmailAddressesAsync(mailbox, [proxy], [], cancellationToken),
                BulkWriteKind.RemoveSecondary => _exchange.ChangeEmailAddressesAsync(mailbox, [], [proxy], cancellationToken),
                BulkWriteKind.SetPrimary => _exchange.SetPrimarySmtpAddressAsync(mailbox, write.Address, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Unknown bulk write kind."),
            }).ConfigureAwait(false);
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.Applied);
        }
        catch (DirectoryConflictException e)
        {
            // Exchange checks some rules before noticing there is nothing to do (a synced mailbox is refused even an
            // address it holds; "taken" may name this very mailbox): when the change is already so, it is Applied.
            switch (await AlreadySoAsync(write, cancellationToken).ConfigureAwait(false))
            {
                case (true, _):
                    return new BulkWriteOutcome(write.Key, BulkWriteStatus.Applied);
                case (null, var unavailable):
                    // Throttled while checking: undecided, so tried again later rather than failed for good.
                    return new BulkWriteOutcome(write.Key, BulkWriteStatus.Transient, unavailable!.Message, unavailable.RetryAfter);
                default:
                    break;
            }

            return e.Reason == DirectoryConflictReason.AddressInUse
                ? new BulkWriteOutcome(write.Key, BulkWriteStatus.Conflict, e.Message)
                : new BulkWriteOutcome(write.Key, BulkWriteStatus.Refused, $"{Why(e.Reason)}: {e.Message}");
        }
        catch (DirectoryAccessDeniedException e)
        {
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.Refused, e.Message);
        }
        catch (RecipientNotFoundException e)
        {
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.NotFound, e.Message);
        }
        catch (DirectoryUnavailableException e)
        {
            _logger.LogWarning("Bulk {Kind} on {RecipientId} did not complete; retry after {RetryAfter}", write.Kind, write.RecipientId, e.RetryAfter);
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.Transient, e.Message, e.RetryAfter);
        }
        catch (ExchangeCommandException e)
        {
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.Refused, e.Message);
        }
    }

    /// <summary>Whether the mailbox is already as the write wants it (read only after Exchange refused it); null with the error when the read itself was throttled.</summary>
    private async Task<(bool? AlreadySo, DirectoryUnavailableException? Unavailable)> AlreadySoAsync(BulkWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await PaceAsync(cancellationToken).ConfigureAwait(false);
            var recipient = await _exchange.GetRecipientAsync(write.RecipientId, cancellationToken).ConfigureAwait(false);
            if (recipient is null)
            {
                return (false, null);
            }

            var addresses = ExchangeProxyAddresses.Parse(recipient.EmailAddresses, recipient.PrimarySmtpAddress);
            return (write.Kind switch
            {
                BulkWriteKind.AddSecondary => addresses.HoldsSmtp(write.Address),
                BulkWriteKind.RemoveSecondary => !addresses.HoldsSmtp(write.Address),
                _ => addresses.Primary == write.Address,
            }, null);
        }
        catch (DirectoryUnavailableException e)
        {
            return (null, e);
        }
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        using var lease = await _pace.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // Only when the limiter is disposed mid-run (the host is stopping).
            throw new DirectoryUnavailableException("The bulk writer is shutting down.");
        }
    }

    private static string Why(DirectoryConflictReason reason) => reason switch
    {
        DirectoryConflictReason.SyncedFromOnPremises => "Synchronized from on-premises Active Directory; change it there",
        DirectoryConflictReason.DomainNotAccepted => "The domain is not accepted by the tenant",
        DirectoryConflictReason.AddressCapReached => "The mailbox holds the most proxy addresses Exchange allows",
        DirectoryConflictReason.PrimaryAddress => "A primary address cannot be removed; set another primary first",
        _ => "Exchange refused the change",
    };
}
