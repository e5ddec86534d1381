using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Offboarding;

/// <summary>Steps of the offboarding flow as people take them, through /api/messages.</summary>
public sealed class OffboardingFlow(BotAliasFactory bot)
{
    /// <summary>Megan's form for Adele with Alex taking over, as the form sends it with its defaults.</summary>
    public static JsonObject AdeleToAlex() => new()
    {
        ["form"] = "offboarding",
        ["leaver"] = Person.Adele.AadObjectId,
        ["colleague"] = "alexw@example.com",
        ["when"] = "now",
        ["runDate"] = "",
        ["runTime"] = "",
        ["moveAddresses"] = "true",
        ["access"] = "None",
        ["forwarding"] = "None",
        ["automaticReply"] = "false",
        ["automaticReplyText"] = "Thank you for your message. Adele Vance no longer works here.",
        ["hide"] = "false",
        ["convertToShared"] = "false",
        ["disableSignIn"] = "true",
        ["removeLicenses"] = "false",
    };

    public Task<JsonObject> PreviewAsync(Person person, JsonObject form, string activityId = "preview-1") =>
        bot.InvokeAsync(Activities.ExecuteBy(person, "offboarding/preview", form, replyToId: "form-1", activityId: activityId));

    public Task<JsonObject> SubmitAsync(Person person, JsonObject form, string activityId = "submit-1", string formId = "form-1") =>
        bot.InvokeAsync(Activities.ExecuteBy(person, "offboarding/submit", form, replyToId: formId, activityId: activityId));

    public Task<JsonObject> ClickAsync(Person person, string verb, string requestId, string activityId = "click-1", string replyToId = "card-1") =>
        bot.InvokeAsync(Activities.ExecuteBy(person, verb, new JsonObject { ["requestId"] = requestId, ["version"] = 1 }, replyToId: replyToId, activityId: activityId));

    public async Task SayAsync(Person person, string text, string activityId = "msg-1") =>
        (await bot.PostActivityAsync(Activities.MessageFrom(person, text, activityId: activityId))).Dispose();

    public IOffboardingRequestStore Store => bot.Services.GetRequiredService<IOffboardingRequestStore>();

    public async Task<OffboardingRequest> SingleRequestAsync(Person requester) =>
        Assert.Single(await Store.ListByRequesterAsync(requester.AadObjectId, 10));

    public Task<IReadOnlyList<AuditEntry>> AuditAsync(string id) => bot.Services.GetRequiredService<IAuditLog>().ListForRequestAsync(id);

    public Task<AddressHolder?> HolderAsync(string address) => bot.Services.GetRequiredService<IDirectory>().FindHolderAsync(EmailAddress.Parse(address));

    public Task<DirectoryUser?> UserAsync(Person person) => bot.Services.GetRequiredService<IDirectory>().FindUserAsync(person.AadObjectId);

    public async Task<OffboardingRequest> WaitForStateAsync(string id, OffboardingRequestState state, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var request = await Store.FindAsync(id);
            if (request?.State == state)
            {
                return request;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Request {id} stayed {request?.State} ({request?.FailureReason}), never {state}.");
            await Task.Delay(50);
        }
    }

    /// <summary>What the invoke answered, with JSON's escapes of quotes undone, for assertions on the words.</summary>
    public static string Text(JsonObject response) => response.ToJsonString(Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ConversationPath(Person person) => Uri.EscapeDataString(person.ConversationId);
}
