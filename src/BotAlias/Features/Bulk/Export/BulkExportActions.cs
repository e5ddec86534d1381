namespace BotAlias.Features.Bulk.Export;

/// <summary>Audit verbs for the bulk CSV downloads, so the log shows who took a copy of a run's list of people.</summary>
public static class BulkExportActions
{
    public const string Exported = "bulk.exported";
    public const string Refused = "bulk.export-refused";
}
