using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Hosting;
using BotAlias.Cli;
using BotAlias.Core.Validation;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.AuditExport;
using BotAlias.Features.Bulk;
using BotAlias.Hosting;
using BotAlias.Manifest;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

// Settings are read at start, not watched: the default watcher covers the whole content root, where the data
// folder usually is, and woke for every SQLite write (about a fifth of an alias submit's CPU, measured).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"] });

// The repository's appsettings.json is copied beside the binary; it comes first so that the
// environment and the command line still override it.
var repositorySettings = new JsonConfigurationSource
{
    Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
    Optional = true,
    ReloadOnChange = false,
};
repositorySettings.ResolveFileProvider();
builder.Configuration.Sources.Insert(0, repositorySettings);

switch (args.FirstOrDefault())
{
    case "package":
        return await ManifestCommand.RunAsync(args[1..], builder.Configuration, Console.Out);
    case "reset-demo":
        return await ResetDemoCommand.RunAsync(builder.Configuration, Console.Out);
    case "doctor":
        return await DoctorCommand.RunAsync(args[1..], builder.Configuration, Console.Out);
    default:
        break;
}

builder.Services.AddBotAlias(builder.Configuration);

var app = builder.Build();
app.MapBotAliasHealth();
try
{
    // Checked here rather than by the host's own start-up validation, which logs a stack trace.
    _ = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<BotAliasOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<AddressPolicyOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<ApprovalReminderOptions>>().Value;
    _ = app.Services.GetRequiredService<IOptions<AuditExportOptions>>().Value;
    if (app.Services.GetRequiredService<IOptions<BotAliasOptions>>().Value.Directory == DirectoryProvider.Microsoft365)
    {
        _ = app.Services.GetRequiredService<IOptions<BotAlias.Microsoft365.Microsoft365Options>>().Value;
    }

    app.MapBotFramework("/api/messages");
    app.MapAuditExport();
    app.MapBulk();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // A configuration mistake is the operator's to fix: say what, without a stack trace.
    await Console.Error.WriteLineAsync("BotAlias cannot start, its configuration is invalid:");
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync("  - " + failure);
    }

    return 1;
}

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
