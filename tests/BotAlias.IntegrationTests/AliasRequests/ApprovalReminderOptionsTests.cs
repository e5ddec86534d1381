using BotAlias.Features.AliasRequests;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>What an operator reads when the Approval section is wrong (the host refuses to start with it).</summary>
public sealed class ApprovalReminderOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new ApprovalReminderOptionsValidator().Validate(null, new ApprovalReminderOptions()).Succeeded);
        Assert.True(new ApprovalReminderOptionsValidator().Validate(null, new ApprovalReminderOptions { TimeZone = "Europe/London", WorkingDays = ["sunday", "Monday"] }).Succeeded);
    }

    [Fact]
    public void An_unknown_time_zone_is_named_with_a_hint()
    {
        var result = new ApprovalReminderOptionsValidator().Validate(null, new ApprovalReminderOptions { TimeZone = "Mars/Olympus" });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("Approval:TimeZone 'Mars/Olympus' is not a known time zone; use an IANA id such as UTC or Europe/London.", failure);
    }

    [Fact]
    public void Periods_outside_1_to_60_business_days_and_unknown_or_no_working_days_are_refused()
    {
        var validator = new ApprovalReminderOptionsValidator();

        var periods = validator.Validate(null, new ApprovalReminderOptions { ReminderAfterBusinessDays = 0, EscalateAfterBusinessDays = 61 });
        var unknownDay = validator.Validate(null, new ApprovalReminderOptions { WorkingDays = ["Monday", "Funday", "7"] });
        var noDays = validator.Validate(null, new ApprovalReminderOptions { WorkingDays = [] });

        Assert.Equal(
            ["Approval:ReminderAfterBusinessDays must be between 1 and 60 business days; it is 0.", "Approval:EscalateAfterBusinessDays must be between 1 and 60 business days; it is 61."],
            periods.Failures);
        Assert.Contains("'Funday', '7'", Assert.Single(unknownDay.Failures!), StringComparison.Ordinal);
        Assert.Contains("at least one day", Assert.Single(noDays.Failures!), StringComparison.Ordinal);
    }
}
