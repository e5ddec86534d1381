using System.Globalization;
using BotAlias.Core.Calendar;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// When a pending approval is reminded and escalated, counted in business days from the request's creation, and
/// the durable jobs that do it. Both times follow from the creation alone, so a late or retried job moves neither.
/// </summary>
public sealed class ApprovalSchedule(IOptions<ApprovalReminderOptions> options, IOutbox outbox)
{
    private BusinessCalendar? _calendar;

    private BusinessCalendar Calendar => _calendar ??= new BusinessCalendar(
        TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone),
        options.Value.WorkingDays?.Select(d => ApprovalReminderOptionsValidator.TryParseDay(d, out var day) ? day : throw new InvalidOperationException($"Unknown working day '{d}'.")));

    public DateTimeOffset ReminderDue(AliasRequest request) =>
        Calendar.AddBusinessDays(request.CreatedAt, options.Value.ReminderAfterBusinessDays);

    public DateTimeOffset EscalationDue(AliasRequest request) =>
        Calendar.AddBusinessDays(ReminderDue(request), options.Value.EscalateAfterBusinessDays);

    /// <summary>Queues the reminder once (its key makes a second call a no-op); nothing when reminders are off.</summary>
    public async Task ScheduleReminderAsync(AliasRequest request, string serviceUrl, CancellationToken cancellationToken)
    {
        if (options.Value.RemindersEnabled)
        {
            await outbox.EnqueueAsync(AliasJobs.RemindApproverJob(request.Id, serviceUrl, ReminderDue(request)), cancellationToken);
        }
    }

    public async Task ScheduleEscalationAsync(AliasRequest request, string serviceUrl, CancellationToken cancellationToken)
    {
        if (options.Value.RemindersEnabled)
        {
            await outbox.EnqueueAsync(AliasJobs.EscalateApprovalJob(request.Id, serviceUrl, EscalationDue(request)), cancellationToken);
        }
    }

    /// <summary>The instant as approvers read it: the configured zone's wall clock, with the zone named.</summary>
    public string Describe(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Calendar.Zone);
        var zone = Calendar.Zone == TimeZoneInfo.Utc || Calendar.Zone.Id == "UTC" ? "UTC" : Calendar.Zone.Id;
        return local.ToString("dddd d MMMM HH:mm", CultureInfo.InvariantCulture) + " " + zone;
    }
}
