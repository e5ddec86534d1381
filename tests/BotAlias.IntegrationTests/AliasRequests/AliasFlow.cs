using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>Steps of the alias flow as people take them, through /api/messages.</summary>
public sealed class AliasFlow(BotAliasFactory bot)
{
    public async Task<JsonObject> SubmitAsync(Person person, string address, string reason = "DomainChanged", string? target = null, string activityId = "submit-1", string formId = "form-1")
    {
        var data = new JsonObject { ["form"] = "alias", ["address"] = address, ["reason"] = reason, ["reasonText"] = "old domain still gets mail" };
        if (target is not null)
        {
            data["target"] = target;
        }

        return await bot.InvokeAsync(Activities.ExecuteBy(person, "alias/submit", data, replyToId: formId, activityId: activityId));
    }

    public Task<JsonObject> DecideAsync(Person person, string verb, string requestId, string? comment = null, string activityId = "decide-1")
    {
        var data = new JsonObject { ["requestId"] = requestId, ["version"] = 1 };
        if (comment is not null)
        {
            data["comment"] = comment;
        }

        return bot.InvokeAsync(Activities.ExecuteBy(person, verb, data, replyToId: "approval-card", activityId: activityId));
    }

    public async Task<AliasRequest> SingleRequestAsync(Person requester)
    {
        var store = bot.Services.GetRequiredService<IAliasRequestStore>();
        return Assert.Single(await store.ListByRequesterAsync(requester.AadObjectId, 10));
    }

    public Task<AliasRequest?> FindAsync(string id) => bot.Services.GetRequiredService<IAliasRequestStore>().FindAsync(id);

    public Task<IReadOnlyList<AuditEntry>> AuditAsync(string id) => bot.Services.GetRequiredService<IAuditLog>().ListForRequestAsync(id);

    public Task<AddressHolder?> HolderAsync(string address) => bot.Services.GetRequiredService<IDirectory>().FindHolderAsync(EmailAddress.Parse(address));

    public async Task<AliasRequest> WaitForStateAsync(string id, RequestState state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var request = await FindAsync(id);
            if (request?.State == state)
            {
                return request;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Request {id} stayed {request?.State}, never {state}.");
            await Task.Delay(50);
        }
    }

    public static string Text(JsonObject invokeResponse) => invokeResponse.ToJsonString();
}
