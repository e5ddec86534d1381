using BotAlias.BotFramework.Authentication;

namespace BotAlias.BotFramework.Tests.Authentication;

public sealed class CompactJwsTests
{
    [Theory]
    [InlineData("a.b.c.d.e", "encrypted (JWE) tokens are not accepted")]
    [InlineData("a.b", "token is not a compact JWS")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.", "token has an empty part (unsigned tokens are not accepted)")]
    [InlineData("!!!.???.***", "token is not valid base64url JSON")]
    [InlineData("WzFd.eyJhIjoxfQ.c2ln", "token is not valid base64url JSON")]
    public void Malformed_tokens_are_refused_with_a_reason(string token, string reason)
    {
        Assert.Null(CompactJws.TryParse(token, out var failure));
        Assert.Equal(reason, failure);
    }

    [Fact]
    public void An_oversized_token_is_refused_before_decoding()
    {
        var token = new string('a', 20_000) + ".b.c";
        Assert.Null(CompactJws.TryParse(token, out var failure));
        Assert.Equal("token empty or too long", failure);
    }
}
