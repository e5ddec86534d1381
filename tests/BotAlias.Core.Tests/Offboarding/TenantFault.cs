namespace BotAlias.Core.Tests.Offboarding;

public enum TenantFault
{
    None,

    /// <summary>The write times out before taking effect (the adapter's retry budget is spent).</summary>
    UnavailableBefore,

    /// <summary>The write takes effect but its answer is lost: the caller can't tell it worked.</summary>
    UnavailableAfter,

    /// <summary>The directory refuses the write.</summary>
    ConflictBefore,

    /// <summary>The process dies before the write reaches the directory.</summary>
    CrashBefore,

    /// <summary>The process dies after the write took effect, before anything was saved.</summary>
    CrashAfter,
}
