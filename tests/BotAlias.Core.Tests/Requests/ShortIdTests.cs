using BotAlias.Core.Bulk;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Requests;

namespace BotAlias.Core.Tests.Requests;

public sealed class ShortIdTests
{
    [Fact]
    public void New_ids_have_their_prefix_and_are_recognised_only_with_it()
    {
        var bulk = BulkRunId.New();
        Assert.StartsWith("BK-", bulk, StringComparison.Ordinal);
        Assert.True(BulkRunId.LooksValid(bulk));
        Assert.True(BulkRunId.LooksValid(bulk.ToLowerInvariant()));
        Assert.False(OffboardingRequestId.LooksValid(bulk));
        Assert.False(RequestId.LooksValid(bulk));
        Assert.True(OffboardingRequestId.LooksValid(OffboardingRequestId.New()));
        Assert.True(RequestId.LooksValid(RequestId.NewAliasRequestId()));
    }

    [Theory]
    [InlineData("BK-ABC12")] // too short
    [InlineData("BK-ABC1234")] // too long
    [InlineData("BK-ABCI23")] // I is not in Crockford's alphabet (it reads as 1)
    [InlineData("BK-ABCO23")] // nor O (it reads as 0)
    [InlineData("BK-ABC 23")]
    [InlineData("XX-ABC123")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_an_id(string? text) => Assert.False(BulkRunId.LooksValid(text));

    [Fact]
    public void A_derived_id_is_the_same_for_the_same_source_and_differs_for_another()
    {
        var first = BulkRunId.For("a:patti-personal|activity-1");
        Assert.Equal(first, BulkRunId.For("a:patti-personal|activity-1"));
        Assert.NotEqual(first, BulkRunId.For("a:patti-personal|activity-2"));
        Assert.True(BulkRunId.LooksValid(first));
    }
}
