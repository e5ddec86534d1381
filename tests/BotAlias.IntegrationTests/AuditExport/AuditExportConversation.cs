using System.Net;
using System.Text.Json.Nodes;
using BotAlias.Core.Audit;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AuditExport;

/// <summary>Asking for an export in chat, and opening the link the way a browser would.</summary>
public sealed class AuditExportConversation(BotAliasFactory bot)
{
    public const string CardTitle = "Audit log export";

    public async Task<ConnectorCall> AskForLinkAsync(Person person, string text = "export audit", string activityId = "export-1")
    {
        await SendAsync(person, text, activityId);
        return await bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.EndsWith("/" + activityId, StringComparison.Ordinal) && c.CardText.Contains(CardTitle, StringComparison.Ordinal),
            $"the export card for {person.Name}");
    }

    /// <returns>The bot's plain-text answer to what <paramref name="person"/> typed.</returns>
    public async Task<ConnectorCall> AskForTextAsync(Person person, string text, string activityId = "export-1")
    {
        await SendAsync(person, text, activityId);
        return await bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.EndsWith("/" + activityId, StringComparison.Ordinal) && c.Text is not null,
            $"an answer to \"{text}\" for {person.Name}");
    }

    public async Task SendAsync(Person person, string text, string activityId)
    {
        using var response = await bot.PostActivityAsync(Activities.MessageFrom(person, text, activityId: activityId));
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {response.StatusCode}");
    }

    public static Uri Link(ConnectorCall card)
    {
        var root = JsonNode.Parse(card.Cards[0].GetRawText())!;
        var action = Assert.Single(root["actions"]!.AsArray());
        Assert.Equal("Action.OpenUrl", action!["type"]!.GetValue<string>());
        return new Uri(action["url"]!.GetValue<string>());
    }

    public async Task<Download> DownloadAsync(Uri link)
    {
        using var client = bot.CreateClient();
        using var response = await client.GetAsync(link.PathAndQuery);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Download(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString() ?? "",
            response.Content.Headers.ContentDisposition?.ToString() ?? "",
            response.Headers.CacheControl?.ToString() ?? "",
            bytes);
    }

    public Task<IReadOnlyList<AuditEntry>> AuditOfTodayAsync() =>
        bot.Services.GetRequiredService<IAuditLog>().ListBetweenAsync(DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(2), 1000);

    public sealed record Download(HttpStatusCode Status, string ContentType, string ContentDisposition, string CacheControl, byte[] Body)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);

        /// <summary>The CSV rows after the byte order mark.</summary>
        public IReadOnlyList<string[]> Rows => CsvReader.Parse(Text.TrimStart('\uFEFF'));
    }
}
