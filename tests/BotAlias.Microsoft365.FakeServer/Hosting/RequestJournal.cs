using System.Collections.Concurrent;

namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>Every request the fake answered, in arrival order.</summary>
public sealed class RequestJournal
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> All => [.. _requests];

    public IReadOnlyList<RecordedRequest> For(FakeService service) => All.Where(r => r.Service == service).ToList();

    public void Add(RecordedRequest request) => _requests.Enqueue(request);

    public void Clear() => _requests.Clear();
}
