using BotAlias.Directory.ContractTests.Microsoft365;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>
/// The Microsoft 365 adapter against the fake server, giving up on a failing call within five seconds (a 503
/// with a short Retry-After gives up in well under one), so a fault at every step of a plan stays quick to test.
/// The attempt timeout still allows for a cold first request.
/// </summary>
public sealed class QuickToGiveUpMicrosoft365UnderTest() : Microsoft365UnderTest(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3));
