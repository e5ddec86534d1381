namespace BotAlias.Storage.Sqlite;

/// <summary>A write waiting in <see cref="SqliteWriteQueue"/>, and how its caller hears the outcome.</summary>
internal abstract class QueuedWrite(SqliteDurability durability, CancellationToken cancellationToken)
{
    public SqliteDurability Durability { get; } = durability;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set when the work threw; the caller hears it after the batch, like everyone else.</summary>
    public Exception? Failure { get; set; }

    public abstract Task RunAsync(SqliteWrite write);

    /// <summary>Tells the caller: the result once the batch is committed, or <see cref="Failure"/>.</summary>
    public abstract void Finish();

    public abstract void Fail(Exception exception);
}

/// <summary>A write with a result of type <typeparamref name="T"/>.</summary>
internal sealed class QueuedWrite<T>(
    Func<SqliteWrite, CancellationToken, Task<T>> work,
    SqliteDurability durability,
    CancellationToken cancellationToken) : QueuedWrite(durability, cancellationToken)
{
    // Continuations run on the thread pool, never on the writer's loop, which must go on to the next batch.
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _outcome.Task;

    public override async Task RunAsync(SqliteWrite write) => _result = await work(write, CancellationToken);

    public override void Finish()
    {
        if (Failure is null)
        {
            _outcome.TrySetResult(_result!);
        }
        else
        {
            Fail(Failure);
        }
    }

    public override void Fail(Exception exception)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            _outcome.TrySetCanceled(CancellationToken);
        }
        else
        {
            _outcome.TrySetException(exception);
        }
    }
}
