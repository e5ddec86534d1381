using System.Text.Json;
using BotAlias.BotFramework.Schema;

namespace BotAlias.BotFramework.Tests.Schema;

public sealed class AttachmentSerializationTests
{
    [Fact]
    public void A_card_goes_out_as_the_JSON_it_was_made_from()
    {
        const string card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Tom & Jerry <tj@contoso.com> \u00e9"}]}""";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonDocument.Parse(card).RootElement }],
        };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);

        using var sent = JsonDocument.Parse(json);
        var content = sent.RootElement.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("Tom & Jerry <tj@contoso.com> é", content.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(card).RootElement, content));
    }

    [Fact]
    public void An_attachment_without_content_leaves_it_out_and_reads_back()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://contoso.example/a.png" }],
        };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity);
        var read = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity)!;

        Assert.DoesNotContain("\"content\"", json, StringComparison.Ordinal);
        Assert.Null(read.Attachments![0].Content);
    }

    [Fact]
    public void Content_received_is_read_whole()
    {
        const string json = """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[ {"type":"TextBlock","text":"hi"} ]}}]}""";

        var read = JsonSerializer.Deserialize(json, BotFrameworkJsonContext.Default.Activity)!;

        Assert.Equal("hi", read.Attachments![0].Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void An_unset_element_is_refused_rather_than_written_as_nothing()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "application/json", Content = default(JsonElement) }],
        };

        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity));
    }
}
