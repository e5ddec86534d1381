using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>One directory seen through the bulk ports, started from a seed (the demo seed, or a generated large tenant).</summary>
public interface IBulkDirectoryUnderTest
{
    IBulkDirectoryReader Reader { get; }

    IBulkAddressWriter Writer { get; }

    /// <summary>For reading a recipient back after writes.</summary>
    IDirectory Directory { get; }

    /// <summary>The seed's JSON, for the scenarios to work out what they expect.</summary>
    string SeedJson { get; }

    Task ResetAsync();
}
