using System.Text;
using System.Text.Json;

namespace BotAlias.TestSupport;

/// <summary>
/// Checks card JSON with Microsoft's Adaptive Cards parser (npm "adaptivecards" 3.0.6, driven by
/// tests/tools/validate-cards.mjs) at version 1.5, the highest Teams renders. Besides the parser's own events it
/// reports every property the parser silently ignored (misspelt names, wrongly typed values, newer than 1.5).
/// Takes JSON strings so this project needs no reference to the card model.
/// </summary>
public static class AdaptiveCardsValidator
{
    /// <returns>The complaints about one card; empty when it is valid.</returns>
    /// <exception cref="InvalidOperationException">The validator could not run (node or the npm package missing,
    /// unexpected output); the message carries node's stderr. It never passes silently.</exception>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string cardJson) =>
        (await ValidateAllAsync([cardJson]))[0];

    /// <returns>The complaints per card, in the order given; one node process for all of them.</returns>
    /// <exception cref="ArgumentException">A card is not JSON at all.</exception>
    /// <exception cref="InvalidOperationException">As for <see cref="ValidateAsync"/>.</exception>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ValidateAllAsync(IReadOnlyList<string> cardJsons)
    {
        ArgumentNullException.ThrowIfNull(cardJsons);
        var result = await NodeScript.RunAsync("validate-cards.mjs", BuildInput(cardJsons));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The Adaptive Cards validator failed (exit code {result.ExitCode}); no card was checked: {result.StandardError.Trim()}");
        }

        try
        {
            return ParseOutput(result.StandardOutput, cardJsons.Count);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The Adaptive Cards validator printed something unexpected ({exception.Message}): {result.StandardOutput} {result.StandardError}",
                exception);
        }
    }

    // The cards are copied as parsed JSON values into one array, never spliced together as text.
    private static string BuildInput(IReadOnlyList<string> cardJsons)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < cardJsons.Count; i++)
            {
                try
                {
                    using var card = JsonDocument.Parse(cardJsons[i]);
                    card.RootElement.WriteTo(writer);
                }
                catch (JsonException exception)
                {
                    throw new ArgumentException($"Card {i} is not JSON: {exception.Message}", nameof(cardJsons), exception);
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<IReadOnlyList<string>> ParseOutput(string standardOutput, int expectedCount)
    {
        using var output = JsonDocument.Parse(standardOutput);
        var results = new List<IReadOnlyList<string>>(expectedCount);
        foreach (var entry in output.RootElement.EnumerateArray())
        {
            if (entry.GetProperty("index").GetInt32() != results.Count)
            {
                throw new InvalidOperationException("the answers are out of order");
            }

            results.Add(entry.GetProperty("errors").EnumerateArray().Select(error => error.GetString() ?? "(null)").ToList());
        }

        if (results.Count != expectedCount)
        {
            throw new InvalidOperationException($"it answered for {results.Count} cards, not {expectedCount}");
        }

        return results;
    }
}
