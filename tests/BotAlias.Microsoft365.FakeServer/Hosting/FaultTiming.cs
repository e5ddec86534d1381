namespace BotAlias.Microsoft365.FakeServer.Hosting;

public enum FaultTiming
{
    /// <summary>The request fails and changes nothing.</summary>
    BeforeHandling,

    /// <summary>
    /// The request is carried out, then the client gets the fault instead of the answer: the write happened
    /// but the client cannot know it. The hardest case for "the end state is always known".
    /// </summary>
    AfterHandling,
}
