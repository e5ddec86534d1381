using System.Text.Json.Nodes;
using BotAlias.TestSupport;
using BotAlias.TestSupport.Bulk;

namespace BotAlias.IntegrationTests.Bulk;

public static class BulkTenantFiles
{
    /// <summary>The demo tenant's people (the admins and approvers) plus generated mailboxes, as the tenant's data file in <paramref name="dataFolder"/>.</summary>
    public static void WriteDemoWithGeneratedPeople(string dataFolder, int generated)
    {
        var demo = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "src", "BotAlias.Directory", "DemoTenant", "demo-tenant.json")))!.AsObject();
        var users = demo["users"]!.AsArray();
        foreach (var user in JsonNode.Parse(LargeTenantSeed.Generate(generated))!["users"]!.AsArray())
        {
            users.Add(user!.DeepClone());
        }

        System.IO.Directory.CreateDirectory(dataFolder);
        File.WriteAllText(System.IO.Path.Combine(dataFolder, "demo-tenant.json"), demo.ToJsonString());
    }
}
