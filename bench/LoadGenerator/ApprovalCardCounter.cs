using System.Buffers;
using System.Diagnostics;

namespace LoadGenerator;

/// <summary>
/// Approval cards that reached the stub: proactive sends (POST v3/conversations/{id}/activities, not a reply)
/// whose body carries the approval card's summary. Counted over the whole run; readers subtract a baseline.
/// </summary>
internal sealed class ApprovalCardCounter
{
    // The card's summary, "{requester} asks for an email alias" (src/BotAlias ApprovalCardDelivery): plain ASCII,
    // so the bot's JSON writer never escapes it and a byte search finds it.
    private static readonly byte[] Marker = "asks for an email alias"u8.ToArray();

    private long _count;
    private long _lastAt;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Stopwatch timestamp of the last approval card, zero before the first.</summary>
    public long LastAt => Interlocked.Read(ref _lastAt);

    public static bool IsApprovalCard(ReadOnlySequence<byte> body)
    {
        var reader = new SequenceReader<byte>(body);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, Marker);
    }

    public void Record()
    {
        Interlocked.Exchange(ref _lastAt, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _count);
    }
}
