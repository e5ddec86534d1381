using System.Text.Json;
using RawBaseline;

var builder = WebApplication.CreateSlimBuilder(args);

// Nothing on the hot path logs: this is the floor BotAlias is compared against.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<ReplySender>();

var app = builder.Build();
app.MapPost("/api/messages", async (HttpRequest request, ReplySender replies, CancellationToken cancellationToken) =>
{
    IncomingActivity? activity;
    try
    {
        activity = await JsonSerializer.DeserializeAsync(request.Body, RawJsonContext.Default.IncomingActivity, cancellationToken);
    }
    catch (JsonException)
    {
        return Results.BadRequest();
    }

    if (activity is null || !ReplySender.CanReplyTo(activity))
    {
        return Results.BadRequest();
    }

    if (activity.Type == "message")
    {
        await replies.ReplyAsync(activity, cancellationToken);
    }

    return Results.Ok();
});

await app.RunAsync();
