namespace BotAlias.Features.AuditExport;

/// <summary>The audit log's own verbs for exports, so an export of the log shows who exported it before.</summary>
public static class AuditExportActions
{
    public const string LinkIssued = "audit.export-link";
    public const string Exported = "audit.exported";
    public const string Refused = "audit.export-refused";
}
