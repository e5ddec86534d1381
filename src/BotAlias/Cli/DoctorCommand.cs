using Azure.Core;
using BotAlias.Microsoft365;
using BotAlias.Microsoft365.Doctor;
using Microsoft.Extensions.Options;

namespace BotAlias.Cli;

/// <summary>
/// <c>doctor [--user &lt;sign-in name&gt;]</c>: tries each Microsoft 365 capability read-only and says which
/// permission or Exchange role is missing. Exit code 0 when every check passed.
/// </summary>
public static class DoctorCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TokenCredential? credential = null)
    {
        var user = args.SkipWhile(a => a != "--user").Skip(1).FirstOrDefault();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddMicrosoft365Directory(configuration, credential)
            .BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<Microsoft365Options>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await output.WriteLineAsync("The Microsoft 365 configuration is incomplete:");
            foreach (var failure in e.Failures)
            {
                await output.WriteLineAsync("  - " + failure);
            }

            return 2;
        }

        var checks = await services.GetRequiredService<Microsoft365Doctor>().RunAsync(user, CancellationToken.None);
        foreach (var check in checks)
        {
            var mark = check.Passed switch { true => "ok  ", false => "FAIL", null => "skip" };
            await output.WriteLineAsync($"[{mark}] {check.Capability}: {check.Detail}");
        }

        var failed = checks.Count(c => c.Passed == false);
        await output.WriteLineAsync(failed == 0 ? "Every capability BotAlias needs is available." : $"{failed} check(s) failed; see the README's Microsoft 365 permissions.");
        return failed == 0 ? 0 : 1;
    }
}
