using BotAlias.Features.Bulk;
using BotAlias.Features.Bulk.Upload;
using Microsoft.Extensions.Options;

namespace BotAlias.IntegrationTests.Bulk.Upload;

/// <summary>Which download links the bot follows: SharePoint Online over https, and the hosts an operator lists.</summary>
public sealed class BulkFileDownloadPolicyTests
{
    private static readonly BulkFileDownloadPolicy Policy = new(Options.Create(Listing("127.0.0.1", "files.contoso.com")));

    [Theory]
    [InlineData("https://contoso.sharepoint.com/personal/patti/Documents/people.csv?tempauth=x", true)]
    [InlineData("https://contoso-my.sharepoint.com/_layouts/15/download.aspx?UniqueId=1", true)]
    [InlineData("https://CONTOSO.SharePoint.com/people.csv", true)]
    [InlineData("https://contoso.sharepoint-df.com/people.csv", true)]
    [InlineData("http://contoso.sharepoint.com/people.csv", false)]
    [InlineData("https://contoso.sharepoint.com:8443/people.csv", false)]
    [InlineData("https://sharepoint.com/people.csv", false)]
    [InlineData("https://evilsharepoint.com/people.csv", false)]
    [InlineData("https://contoso.sharepoint.com.evil.example/people.csv", false)]
    [InlineData("https://user:secret@contoso.sharepoint.com/people.csv", false)]
    [InlineData("https://files.contoso.com/people.csv", true)]
    [InlineData("http://files.contoso.com/people.csv", false)]
    [InlineData("http://127.0.0.1:5000/people.csv", true)]
    [InlineData("http://localhost:5000/people.csv", false)]
    [InlineData("http://169.254.169.254/latest/meta-data/", false)]
    [InlineData("ftp://contoso.sharepoint.com/people.csv", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_sharepoint_over_https_and_listed_hosts_are_followed(string url, bool allowed) =>
        Assert.Equal(allowed, Policy.Allows(new Uri(url)));

    [Fact]
    public void Settings_with_a_url_for_a_host_or_no_size_limit_are_refused_at_start()
    {
        var options = Listing("https://files.contoso.com/");
        options.MaxFileBytes = 0;

        var result = new BulkFeatureOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Bulk:MaxFileBytes must be between 1 and", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'https://files.contoso.com/' is not a host name", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new BulkFeatureOptionsValidator().Validate(null, Listing("127.0.0.1", "files.contoso.com")).Succeeded);
    }

    private static BulkFeatureOptions Listing(params string[] hosts)
    {
        var options = new BulkFeatureOptions();
        foreach (var host in hosts)
        {
            options.FileDownloadHosts.Add(host);
        }

        return options;
    }
}
