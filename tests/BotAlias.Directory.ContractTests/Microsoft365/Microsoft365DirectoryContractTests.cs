namespace BotAlias.Directory.ContractTests.Microsoft365;

/// <summary>The directory contract, run against the Microsoft 365 adapter and the fake Graph and Exchange server.</summary>
public sealed class Microsoft365DirectoryContractTests(Microsoft365UnderTest tenant)
    : DirectoryContract(tenant), IClassFixture<Microsoft365UnderTest>;
