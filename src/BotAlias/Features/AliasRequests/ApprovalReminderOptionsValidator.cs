using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>An unknown time zone or working day stops the start with a message, rather than failing the first reminder.</summary>
public sealed class ApprovalReminderOptionsValidator : IValidateOptions<ApprovalReminderOptions>
{
    public const int MaxBusinessDays = 60;

    public ValidateOptionsResult Validate(string? name, ApprovalReminderOptions options)
    {
        var failures = new List<string>();
        CheckDays(failures, nameof(options.ReminderAfterBusinessDays), options.ReminderAfterBusinessDays);
        CheckDays(failures, nameof(options.EscalateAfterBusinessDays), options.EscalateAfterBusinessDays);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"{ApprovalReminderOptions.Section}:TimeZone '{options.TimeZone}' is not a known time zone; use an IANA id such as UTC or Europe/London.");
        }

        if (options.WorkingDays is { } days)
        {
            var unknown = days.Where(d => !TryParseDay(d, out _)).ToList();
            if (unknown.Count > 0)
            {
                failures.Add($"{ApprovalReminderOptions.Section}:WorkingDays has {string.Join(", ", unknown.Select(d => $"'{d}'"))}, which is not a day of the week (Monday ... Sunday).");
            }
            else if (days.Length == 0)
            {
                failures.Add($"{ApprovalReminderOptions.Section}:WorkingDays must name at least one day, or be left out for Monday to Friday.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryParseDay(string? text, out DayOfWeek day) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out day) && Enum.IsDefined(day) && !int.TryParse(text, out _);

    private static void CheckDays(List<string> failures, string setting, int days)
    {
        if (days is < 1 or > MaxBusinessDays)
        {
            failures.Add($"{ApprovalReminderOptions.Section}:{setting} must be between 1 and {MaxBusinessDays} business days; it is {days}.");
        }
    }
}
