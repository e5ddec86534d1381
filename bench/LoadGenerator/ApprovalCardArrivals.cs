using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace LoadGenerator;

/// <summary>
/// When the approval card of each request first reached the stub, by request id. Only while a phase that matches
/// cards to submits runs: recording parses every card body, which the closed-loop phases need not pay for.
/// </summary>
internal sealed class ApprovalCardArrivals
{
    private readonly ConcurrentDictionary<string, long> _firstAt = new(StringComparer.Ordinal);
    private long _withoutId;

    /// <summary>Approval cards in which no request id was found (the card's format changed, or the parse is wrong).</summary>
    public long WithoutId => Interlocked.Read(ref _withoutId);

    public void Record(ReadOnlySequence<byte> card)
    {
        var now = Stopwatch.GetTimestamp();
        ReadOnlySpan<byte> body = card.IsSingleSegment ? card.FirstSpan : card.ToArray();
        if (RequestIdText.Find(body) is { } id)
        {
            // A request with several approvers gets several cards: the approver waits for the first.
            _firstAt.TryAdd(id, now);
        }
        else
        {
            Interlocked.Increment(ref _withoutId);
        }
    }

    /// <summary>The Stopwatch timestamp of the first card of <paramref name="requestId"/>, if it came.</summary>
    public bool TryGet(string requestId, out long arrivedAt) => _firstAt.TryGetValue(requestId, out arrivedAt);
}
