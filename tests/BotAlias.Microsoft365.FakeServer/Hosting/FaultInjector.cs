namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>The faults tests have scripted, consumed in the order they were added.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<InjectedFault> _faults = [];

    public void Add(InjectedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            fault.Remaining = fault.Times;
            _faults.Add(fault);
        }
    }

    /// <summary>A 429 with Retry-After, as Graph and Exchange throttle.</summary>
    public void Throttle(FakeService service, string? operationContains = null, string retryAfter = "0.05", int times = 1) =>
        Add(new InjectedFault
        {
            Service = service,
            OperationContains = operationContains,
            StatusCode = 429,
            RetryAfter = retryAfter,
            ErrorCode = service == FakeService.Graph ? "TooManyRequests" : "TooManyRequests",
            Times = times,
        });

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Takes one firing of the first matching fault, or null.</summary>
    public InjectedFault? Take(FakeService service, string method, string operation)
    {
        lock (_gate)
        {
            foreach (var fault in _faults)
            {
                if (fault.Remaining > 0
                    && fault.Service == service
                    && (fault.Method is null || string.Equals(fault.Method, method, StringComparison.OrdinalIgnoreCase))
                    && (string.IsNullOrEmpty(fault.OperationContains) || operation.Contains(fault.OperationContains, StringComparison.OrdinalIgnoreCase)))
                {
                    fault.Remaining--;
                    return fault;
                }
            }

            return null;
        }
    }
}
