using System.Globalization;
using System.Text;

namespace LoadGenerator;

/// <summary>
/// Activities shaped as Teams sends them to a bot (1:1 chat, demo tenant), varied over many conversations
/// and users. Built as strings from fixed parts: every varying value is digits, so no escaping is needed.
/// </summary>
internal sealed class TeamsActivities(string serviceUrl)
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    /// <summary>
    /// Conversations the load cycles through, each a different person's chat with the bot. Few enough that the
    /// warm-up makes first contact with all of them (the measured phases are the steady state of repeat turns), and
    /// enough that none gets more than the 7 messages a second Teams allows a bot per conversation, which BotAlias
    /// keeps to: at 10,000 turns a second each chat gets 5, one every 2,000 activities.
    /// </summary>
    public const int Conversations = 2_000;

    // Demo-tenant people with a cloud mailbox: Alex, Megan, Adele, Isaiah, Patti.
    private static readonly string[] AadObjectIds =
    [
        "00000000-0000-0000-0000-0000000000020",
        "00000000-0000-0000-0000-0000000000021",
        "00000000-0000-0000-0000-0000000000022",
        "00000000-0000-0000-0000-0000000000023",
        "00000000-0000-0000-0000-0000000000024",
    ];

    public byte[] Message(string phase, int seq, string text)
    {
        var conversation = seq % Conversations;
        return Encoding.UTF8.GetBytes(Envelope("message", phase, seq, conversation, AadObjectIds[conversation % AadObjectIds.Length])
            + ",\"text\":\"" + text + "\",\"textFormat\":\"plain\"}");
    }

    /// <summary>The alias form's submit (Action.Execute "alias/submit") asking for bench.{number}@example.com.</summary>
    public byte[] AliasSubmit(string phase, int seq, long addressNumber)
    {
        var conversation = seq % AadObjectIds.Length;
        var number = addressNumber.ToString(CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(Envelope("invoke", phase, seq, conversation, AadObjectIds[conversation])
            + ",\"name\":\"adaptiveCard/action\",\"replyToId\":\"form-" + number + "\",\"value\":{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"alias/submit\","
            + "\"data\":{\"form\":\"alias\",\"address\":\"bench." + number + "@example.com\",\"reason\":\"DomainChanged\"}},\"trigger\":\"manual\"}}");
    }

    private string Envelope(string type, string phase, int seq, int conversation, string aadObjectId)
    {
        var c = conversation.ToString(CultureInfo.InvariantCulture);
        return "{\"type\":\"" + type + "\",\"id\":\"" + phase + "-" + seq.ToString(CultureInfo.InvariantCulture) + "\""
            + ",\"timestamp\":\"" + DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + "\""
            + ",\"serviceUrl\":\"" + serviceUrl + "\",\"channelId\":\"msteams\""
            + ",\"from\":{\"id\":\"29:bench-user-" + c + "\",\"name\":\"Bench User " + c + "\",\"aadObjectId\":\"" + aadObjectId + "\"}"
            + ",\"recipient\":{\"id\":\"28:botalias\",\"name\":\"BotAlias\"}"
            + ",\"conversation\":{\"id\":\"a:bench-" + c + "\",\"conversationType\":\"personal\",\"tenantId\":\"" + TenantId + "\"}"
            + ",\"channelData\":{\"tenant\":{\"id\":\"" + TenantId + "\"}},\"locale\":\"en-US\"";
    }
}
