namespace BotAlias.Core.Bulk.Execution;

/// <summary>Why a slice handed back, and so what the background job does next.</summary>
public enum BulkSliceKind
{
    /// <summary>Nothing left to write: the caller fires Complete (running) or FinishUndo (undoing).</summary>
    Finished,

    /// <summary>The slice's time is up: queue the next slice now.</summary>
    MoreToDo,

    /// <summary>The service throttled: queue the next slice after <see cref="BulkSliceResult.Delay"/>.</summary>
    Backoff,

    /// <summary>The run is not (or no longer) running or undoing: paused, cancelled, unknown. Queue nothing.</summary>
    Stopped,
}
