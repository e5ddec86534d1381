using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Tests.Http;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2.128", 2128)]
    [InlineData("0.05", 50)]
    [InlineData("7", 7000)]
    [InlineData(" 3 ", 3000)]
    public void Delta_seconds_keep_their_fraction(string value, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryAfterHeader.Parse(value, Now));

    [Fact]
    public void An_http_date_is_a_wait_until_that_time() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfterHeader.Parse("Tue, 04 Mar 2025 10:01:30 GMT", Now));

    [Fact]
    public void A_date_in_the_past_means_now() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Parse("Tue, 04 Mar 2025 09:00:00 GMT", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Nonsense_is_no_wait_at_all(string? value) => Assert.Null(RetryAfterHeader.Parse(value, Now));

    [Fact]
    public void A_fractional_header_on_a_response_is_read_although_dotnet_rejects_it()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "2.128");

        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(2128), RetryAfterHeader.Read(response, Now));
    }
}
