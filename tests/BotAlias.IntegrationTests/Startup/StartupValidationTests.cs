using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Startup;

/// <summary>
/// Unsafe or incomplete configuration stops the real host process before it serves anything,
/// with a message an operator can act on and no stack trace.
/// </summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Anonymous_mode_with_a_real_Microsoft_365_directory_refuses_to_start()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(("BotAlias__Directory", "Microsoft365"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Anonymous mode (no MicrosoftAppId) is only allowed with the demo tenant", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_Microsoft_365_directory_names_what_its_configuration_lacks()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(
            ("BotAlias__Directory", "Microsoft365"),
            ("MicrosoftAppId", "6a1f4a8e-3a52-4c1c-9d0b-3c5f0b7c2e11"),
            ("MicrosoftAppPassword", "a-secret-that-must-not-be-printed"),
            ("MicrosoftAppTenantId", "contoso"),
            ("Microsoft365__GraphBaseUrl", "http://graph.example.net/"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Microsoft365:TenantId (or MicrosoftAppTenantId) must be the organisation's tenant id, a GUID", output, StringComparison.Ordinal);
        Assert.Contains("Microsoft365:GraphBaseUrl must be an absolute https URL", output, StringComparison.Ordinal);
        Assert.DoesNotContain("a-secret-that-must-not-be-printed", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_connector_pace_of_zero_calls_a_second_refuses_to_start()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(("Connector__Pacing__PerConversationPerSecond", "0"));

        Assert.Equal(1, exitCode);
        Assert.Contains("PerConversationPerSecond", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_conversation_reference_cache_of_no_entries_refuses_to_start()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(("Conversations__ReferenceCache__Size", "0"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Size", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task A_registered_SingleTenant_bot_needs_its_tenant_and_password()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(
            ("MicrosoftAppId", "6a1f4a8e-3a52-4c1c-9d0b-3c5f0b7c2e11"),
            ("MicrosoftAppType", "SingleTenant"));

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppPassword is required", output, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId is required", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Fact]
    public async Task An_empty_tenant_allow_list_refuses_to_start()
    {
        var (exitCode, output) = await RefusingHost.RunAsync(("AllowedTenants__0", string.Empty));

        Assert.Equal(1, exitCode);
        Assert.Contains("AllowedTenants must list at least one tenant id", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    private static void AssertNoStackTrace(string output) =>
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", output);
}
