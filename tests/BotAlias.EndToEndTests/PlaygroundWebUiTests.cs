using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace BotAlias.EndToEndTests;

/// <summary>
/// What a person sees: the Agents Playground's web client in Debian's Chromium, driven by Playwright. Playwright
/// never downloads a browser here; the system Chromium is required and its absence fails the test.
/// </summary>
[Collection(PlaygroundTestGroup.Name)]
public sealed partial class PlaygroundWebUiTests(PlaygroundFixture fixture, ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float UiTimeoutMilliseconds = 20_000;

    // From the Playground notes; the sandbox needs privileges a container lacks.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task Typing_help_in_the_Playground_shows_the_help_card()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"Chromium is missing at {ChromiumPath}. Run the README's test command, which installs it "
            + "(apt-get update && apt-get install -y chromium); Playwright must not download its own browser.");

        var mark = fixture.ActivityLog.Count;
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(UiTimeoutMilliseconds);
        // The closed network would leave the page waiting on fonts from cdn.office.net and other outside hosts.
        await context.RouteAsync(OutsideLoopback(), route => route.AbortAsync());
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Playground.BaseUri.ToString());
        // Loading the page installs the app in the conversation and the bot greets. Waiting for that turn and its
        // card means the conversation on screen is complete before the help cards are counted.
        await fixture.AssertBotAnsweredAsync(mark, entry => entry.ActivityName == "conversationUpdate");
        var cards = page.Locator(".ac-adaptiveCard");
        await Expect(cards.First).ToBeVisibleAsync();
        var helpCards = cards.Filter(new LocatorFilterOptions { HasText = "Here is what I can do" });
        var helpCardsBefore = await helpCards.CountAsync();

        var compose = page.Locator("div[role=\"textbox\"][contenteditable=\"true\"]");
        await compose.ClickAsync();
        await compose.PressSequentiallyAsync("help");
        await compose.PressAsync("Enter");

        await Expect(helpCards).ToHaveCountAsync(helpCardsBefore + 1);
        var helpCard = helpCards.Last;
        await Expect(helpCard).ToBeVisibleAsync();
        await Expect(helpCard).ToContainTextAsync("BotAlias");
        await fixture.AssertBotAnsweredAsync(mark, entry => entry.Text == "help");

        var screenshot = PlaygroundFixture.Artifact("playground-help.png");
        await helpCard.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot of the Playground showing the help card: {screenshot}");
        Assert.True(File.Exists(screenshot), $"No screenshot at {screenshot}.");
        // A blank 1280x900 page compresses to a few kilobytes; a rendered conversation is far larger.
        Assert.True(new FileInfo(screenshot).Length > 20_000, $"The screenshot {screenshot} is suspiciously small.");
    }

    [GeneratedRegex(@"^https?://(?!(localhost|127\.0\.0\.1)(:\d+)?/)")]
    private static partial Regex OutsideLoopback();
}
