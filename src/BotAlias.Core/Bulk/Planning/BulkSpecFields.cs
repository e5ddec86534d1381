namespace BotAlias.Core.Bulk.Planning;

/// <summary>The bulk form's inputs a problem belongs to, so the card shows it by the right one.</summary>
public static class BulkSpecFields
{
    public const string Pattern = "pattern";

    public const string FromDomain = "fromDomain";

    public const string ToDomain = "toDomain";
}
