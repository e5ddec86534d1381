using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Features.Bulk.Cards;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Bulk;

/// <summary>Steps of a bulk run as admins take them, through /api/messages.</summary>
public sealed class BulkFlow(BotAliasFactory bot)
{
    public static JsonObject AddPattern(string pattern, string audience = BulkFormValues.Everyone) => new()
    {
        [BulkFormInputs.Form] = "bulk",
        [BulkFormInputs.Audience] = audience,
        [BulkFormInputs.Change] = BulkFormValues.AddAddress,
        [BulkFormInputs.Pattern] = pattern,
    };

    public Task<JsonObject> DryRunAsync(Person person, JsonObject form, string activityId = "dry-run-1", string formId = "form-1") =>
        bot.InvokeAsync(Activities.ExecuteBy(person, BulkVerbs.DryRun, form, replyToId: formId, activityId: activityId));

    public Task<JsonObject> ClickAsync(Person person, string verb, string runId, JsonObject? extra = null, string activityId = "click-1", string replyToId = "form-1")
    {
        var data = new JsonObject { ["runId"] = runId };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return bot.InvokeAsync(Activities.ExecuteBy(person, verb, data, replyToId: replyToId, activityId: activityId));
    }

    public async Task SayAsync(Person person, string text, string activityId = "msg-1") =>
        (await bot.PostActivityAsync(Activities.MessageFrom(person, text, activityId: activityId))).Dispose();

    public IBulkRunStore Store => bot.Services.GetRequiredService<IBulkRunStore>();

    public async Task<BulkRun> WaitForRunAsync(Person requester, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await Store.ListByRequesterAsync(requester.AadObjectId, 10) is [var run, ..])
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No dry run for {requester.Name} was stored.");
            await Task.Delay(50);
        }
    }

    public async Task<BulkRun> WaitForStateAsync(string id, BulkRunState state, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var run = await Store.FindAsync(id);
            if (run?.State == state)
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Bulk run {id} stayed {run?.State} ({run?.Reason}), never {state}.");
            await Task.Delay(50);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> AuditAsync(string id) => bot.Services.GetRequiredService<IAuditLog>().ListForRequestAsync(id);

    public Task<AddressHolder?> HolderAsync(string address) => bot.Services.GetRequiredService<IDirectory>().FindHolderAsync(EmailAddress.Parse(address));

    /// <summary>What the invoke answered, with JSON's escapes of quotes undone, for assertions on the words.</summary>
    public static string Text(JsonObject response) => response.ToJsonString(Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
