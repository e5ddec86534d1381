using System.Text.Json.Nodes;

namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>Activities shaped like the ones Teams sends, for the demo tenant's people.</summary>
public static class Activities
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string ServiceUrl = "http://127.0.0.1:5599/_connector/";
    public const string BotId = "28:botalias";
    public const string AlexAadObjectId = "00000000-0000-0000-0000-0000000000020";

    public static JsonObject Message(string text, string conversationId = "a:alex-personal", string activityId = "act-1", string serviceUrl = ServiceUrl, string tenantId = TenantId) =>
        MessageFrom(Person.Alex, text, conversationId, activityId, serviceUrl, tenantId);

    public static JsonObject MessageFrom(Person person, string text, string? conversationId = null, string activityId = "act-1", string serviceUrl = ServiceUrl, string tenantId = TenantId) =>
        new()
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.ChannelId, ["name"] = person.Name, ["aadObjectId"] = person.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BotAlias" },
            ["conversation"] = new JsonObject { ["id"] = conversationId ?? person.ConversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["locale"] = "en-US",
            ["text"] = text,
            ["textFormat"] = "plain",
        };

    public static JsonObject BotAdded(string conversationId = "a:alex-personal")
    {
        var activity = Message(string.Empty, conversationId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject Invoke(JsonNode? value, string name = "adaptiveCard/action", string replyToId = "card-1")
    {
        var activity = Message(string.Empty);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["replyToId"] = replyToId;
        activity.Remove("text");
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static JsonObject Execute(string verb, JsonObject? data = null) =>
        Invoke(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        });

    /// <summary>A click on an Action.Execute button by <paramref name="person"/> in their 1:1 chat.</summary>
    public static JsonObject ExecuteBy(Person person, string verb, JsonObject data, string replyToId = "card-1", string activityId = "invoke-1")
    {
        var activity = MessageFrom(person, string.Empty, activityId: activityId);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
