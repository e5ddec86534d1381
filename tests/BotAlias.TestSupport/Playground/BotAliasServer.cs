using System.Diagnostics;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// The real bot, started as its own process from the build output (<c>dotnet BotAlias.dll</c>) on a free loopback
/// port, in anonymous mode against the embedded demo tenant, with a data folder of the caller's choosing.
/// </summary>
public sealed class BotAliasServer : IAsyncDisposable
{
    private BotAliasServer(CapturedProcess process, Uri baseUri)
    {
        Process = process;
        BaseUri = baseUri;
    }

    public CapturedProcess Process { get; }

    public Uri BaseUri { get; }

    public Uri MessagesEndpoint => new(BaseUri, "/api/messages");

    /// <summary>Where the bot started on <paramref name="port"/> takes activities; known before it is up, so the
    /// Playground can start alongside.</summary>
    public static Uri MessagesEndpointAt(int port) => new($"http://127.0.0.1:{port}/api/messages");

    /// <summary>src/BotAlias/bin/&lt;Configuration&gt;/&lt;tfm&gt;/BotAlias.dll for the configuration and target framework
    /// of the running test assembly, which lives in tests/&lt;Project&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/.</summary>
    public static string BuiltDllPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var targetFramework = output.Name;
        var configuration = output.Parent?.Name
            ?? throw new InvalidOperationException($"Cannot tell the build configuration from {AppContext.BaseDirectory}.");
        return Path.Combine(RepositoryRoot.Path, "src", "BotAlias", "bin", configuration, targetFramework, "BotAlias.dll");
    }

    /// <exception cref="FileNotFoundException">The bot is not built.</exception>
    /// <exception cref="InvalidOperationException">It exited while starting; the message quotes its output.</exception>
    /// <exception cref="TimeoutException">/healthz did not answer "ok" within <paramref name="timeout"/>.</exception>
    /// <param name="port">A free loopback port, e.g. from <see cref="FreeLoopbackPort.Pick"/>.</param>
    public static async Task<BotAliasServer> StartAsync(string botDll, int port, string dataFolder, string logPath, TimeSpan timeout)
    {
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException(
                $"The bot is not built: {botDll} does not exist. Build it in the same configuration as the tests, "
                + "e.g. `dotnet build src/BotAlias -c Debug` (dotnet test of this project builds it too).",
                botDll);
        }

        Directory.CreateDirectory(dataFolder);
        var baseUri = new Uri(MessagesEndpointAt(port), "/");
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = dataFolder };
        startInfo.ArgumentList.Add(botDll);
        // The command line outranks appsettings.json and any ASPNETCORE_URLS the test runner has.
        startInfo.ArgumentList.Add($"--Urls={baseUri.GetLeftPart(UriPartial.Authority)}");
        startInfo.ArgumentList.Add($"--BotAlias:DataFolder={dataFolder}");
        startInfo.ArgumentList.Add("--BotAlias:Directory=Demo");
        startInfo.ArgumentList.Add("--MicrosoftAppId=");
        startInfo.Environment["DOTNET_NOLOGO"] = "1";

        var process = CapturedProcess.Start("BotAlias", startInfo, logPath);
        try
        {
            await WaitUntilHealthyAsync(process, baseUri, timeout);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new BotAliasServer(process, baseUri);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private static async Task WaitUntilHealthyAsync(CapturedProcess process, Uri baseUri, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            process.ThrowIfExited();
            try
            {
                if (await http.GetStringAsync(new Uri(baseUri, "/healthz")) == "ok")
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException(
            $"The bot did not answer GET {baseUri}healthz with 'ok' within {timeout.TotalSeconds} s. Its output ({process.LogPath}):{Environment.NewLine}{process.Tail()}");
    }
}
