namespace BotAlias.Features.AliasRequests;

/// <summary>The section <c>Approval</c>: when a pending approval is reminded, then escalated, counted in business days.</summary>
public sealed class ApprovalReminderOptions
{
    public const string Section = "Approval";

    /// <summary>False sends no reminders and escalates nothing; requests then wait for their approver alone.</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>Business days a request waits before its approver is reminded.</summary>
    public int ReminderAfterBusinessDays { get; set; } = 1;

    /// <summary>Business days after the reminder before the request also goes to the approver's manager (or the approvers group).</summary>
    public int EscalateAfterBusinessDays { get; set; } = 1;

    /// <summary>IANA time zone id in which business days are counted, e.g. <c>Europe/London</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Days of the week that count, by English name; Monday to Friday when not set.</summary>
    public string[]? WorkingDays { get; set; }
}
