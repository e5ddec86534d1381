using System.Diagnostics;

namespace LoadGenerator;

/// <summary>
/// Send, acknowledgement and reply timestamps of one phase, indexed by the sequence number carried in
/// each activity id ("{phase}-{seq}"), so the stub can record a reply without locks or lookups.
/// </summary>
internal sealed class ReplyLedger
{
    private readonly long[] _sent;
    private readonly long[] _acked;
    private readonly long[] _replied;
    private int _next = -1;
    private int _replies;
    private int _strayReplies;

    public ReplyLedger(string phase, int capacity)
    {
        Phase = phase;
        _sent = new long[capacity];
        _acked = new long[capacity];
        _replied = new long[capacity];
    }

    public string Phase { get; }

    public int Capacity => _sent.Length;

    public int Replies => Volatile.Read(ref _replies);

    /// <summary>Replies to activities of this phase that were not recorded (duplicates or unknown ids).</summary>
    public int StrayReplies => Volatile.Read(ref _strayReplies);

    public int Issued => Math.Min(Volatile.Read(ref _next) + 1, _sent.Length);

    /// <returns>The next sequence number, or -1 when the ledger is full.</returns>
    public int Next()
    {
        var seq = Interlocked.Increment(ref _next);
        return seq < _sent.Length ? seq : -1;
    }

    public void MarkSent(int seq) => _sent[seq] = Stopwatch.GetTimestamp();

    public void MarkAcked(int seq) => _acked[seq] = Stopwatch.GetTimestamp();

    public long SentAt(int seq) => _sent[seq];

    public long AckedAt(int seq) => _acked[seq];

    public long RepliedAt(int seq) => Volatile.Read(ref _replied[seq]);

    /// <summary>Called by the stub for the activity id a reply names.</summary>
    public void MarkReplied(ReadOnlySpan<char> activityId)
    {
        var dash = activityId.LastIndexOf('-');
        if (dash <= 0 || !activityId[..dash].SequenceEqual(Phase) || !int.TryParse(activityId[(dash + 1)..], out var seq) || seq < 0 || seq >= _replied.Length)
        {
            Interlocked.Increment(ref _strayReplies);
            return;
        }

        if (Interlocked.CompareExchange(ref _replied[seq], Stopwatch.GetTimestamp(), 0) == 0)
        {
            Interlocked.Increment(ref _replies);
        }
        else
        {
            Interlocked.Increment(ref _strayReplies);
        }
    }
}
