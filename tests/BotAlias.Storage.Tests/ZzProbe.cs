using Xunit.Abstractions;
namespace BotAlias.Storage.Tests;
public sealed class ZzProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        using var db = new TemporaryDatabase();
        var f = db.CreateConnectionFactory();
        await using var c = await f.OpenAsync();
        var t = typeof(BotAlias.Storage.Sqlite.SqliteConnectionFactory).Assembly.GetType("BotAlias.Storage.Sqlite.SqliteBusyWait")!;
        try { output.WriteLine("install: " + t.GetMethod("TryInstall")!.Invoke(null, [c, TimeSpan.FromSeconds(5)])); }
        catch (Exception e) { output.WriteLine(e.ToString()); }
        Assert.Fail("see output");
    }
}
