using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>A group decides: every member but the requester gets a card, and every card shows the decision.</summary>
public sealed class GroupApprovalTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory()
        .With("Outbox:PollInterval", "00:00:00.100")
        .With("People:ApproversGroup", "All Staff");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Every_group_member_but_the_requester_gets_a_card_and_all_cards_show_the_decision()
    {
        var flow = new AliasFlow(_bot);
        await flow.SubmitAsync(Person.Patti, "patti.f@example.com");
        var request = await flow.SingleRequestAsync(Person.Patti);

        var cards = await WaitForApprovalCardsAsync(request.Id, expected: 5);
        await flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await flow.WaitForStateAsync(request.Id, RequestState.Completed);

        foreach (var card in cards)
        {
            var activityId = card.Id;
            await _bot.Connector.WaitForCallAsync(
                c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/" + activityId, StringComparison.Ordinal)
                    && c.CardText.Contains("Approved by Megan Bowen", StringComparison.Ordinal),
                $"the update of card {activityId}");
        }

        Assert.DoesNotContain(cards, c => c.Conversation.Contains("patti", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<List<(string Conversation, string Id)>> WaitForApprovalCardsAsync(string requestId, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var sent = _bot.Connector.Calls
                .Where(c => c.Method == HttpMethod.Post && c.CardText.Contains($"Approve an email alias? ({requestId})", StringComparison.Ordinal))
                .ToList();
            if (sent.Count >= expected)
            {
                Assert.Equal(expected, sent.Count);
                return [.. sent.Select(c => (c.Url.AbsolutePath, c.AnsweredId!))];
            }

            Assert.True(DateTime.UtcNow < deadline, $"only {sent.Count} approval cards were sent");
            await Task.Delay(50);
        }
    }
}
