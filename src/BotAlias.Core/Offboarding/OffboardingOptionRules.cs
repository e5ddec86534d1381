using System.Globalization;
using BotAlias.Core.Administration;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Offboarding;

/// <summary>
/// The rules about the options themselves, needing no directory: combinations that cannot work, missing text,
/// a time in the past. Names are passed in so messages speak of people, not of "the leaver".
/// </summary>
internal static class OffboardingOptionRules
{
    public static IEnumerable<ValidationProblem> Check(
        OffboardingOptions options, string leaverName, string colleagueName, DateTimeOffset now, OffboardingPolicyOptions policy)
    {
        if (!options.MoveAddressesToColleague && options.ColleagueAccess == MailboxAccess.None && options.Forwarding == ForwardingChoice.None
            && !options.SetAutomaticReply && !options.HideFromAddressBook && !options.ConvertToShared && !options.DisableSignIn && !options.RemoveLicenses)
        {
            yield return new(OffboardingProblemCodes.NothingChosen, OffboardingFields.Options,
                $"Nothing is selected, so offboarding would change nothing for {leaverName}. Choose at least one thing to do.");
        }

        if (options.RunAt is { } runAt && runAt < now)
        {
            var when = runAt.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
            yield return new(OffboardingProblemCodes.RunAtInPast, OffboardingFields.RunAt,
                $"{when} is in the past. Choose a later time, or run it now.");
        }

        if (options.MoveAddressesToColleague && options.Forwarding != ForwardingChoice.None)
        {
            yield return new(OffboardingProblemCodes.ForwardAndMove, OffboardingFields.Forwarding,
                $"Choose either moving {leaverName}'s addresses to {colleagueName} or forwarding {leaverName}'s mail, not both: once the addresses move, no mail reaches {leaverName}'s mailbox to forward.");
        }

        if (options.SetAutomaticReply)
        {
            if (options.MoveAddressesToColleague)
            {
                yield return new(OffboardingProblemCodes.AutomaticReplyUnreachable, OffboardingFields.AutomaticReply,
                    $"The automatic reply would never be sent: once {leaverName}'s addresses move to {colleagueName}, mail no longer reaches {leaverName}'s mailbox. Keep the addresses and forward the mail instead (the reply is then sent), or untick the automatic reply.");
            }

            var text = options.AutomaticReplyText?.Trim() ?? "";
            if (text.Length == 0)
            {
                yield return new(OffboardingProblemCodes.AutomaticReplyEmpty, OffboardingFields.AutomaticReply,
                    "Write the automatic reply, or untick it.");
            }
            else if (text.Length > policy.MaxAutomaticReplyLength)
            {
                yield return new(OffboardingProblemCodes.AutomaticReplyTooLong, OffboardingFields.AutomaticReply,
                    $"The automatic reply is {text.Length} characters long; keep it to {policy.MaxAutomaticReplyLength}.");
            }
        }
    }

    /// <summary>The mailbox options chosen, in the words of the form, for "untick these".</summary>
    public static IReadOnlyList<string> ChosenMailboxOptions(OffboardingOptions options)
    {
        var chosen = new List<string>();
        if (options.MoveAddressesToColleague)
        {
            chosen.Add("moving the addresses");
        }

        if (options.ColleagueAccess != MailboxAccess.None)
        {
            chosen.Add("access to the mailbox");
        }

        if (options.Forwarding != ForwardingChoice.None)
        {
            chosen.Add("forwarding");
        }

        if (options.SetAutomaticReply)
        {
            chosen.Add("the automatic reply");
        }

        if (options.HideFromAddressBook)
        {
            chosen.Add("hiding from the address book");
        }

        if (options.ConvertToShared)
        {
            chosen.Add("converting to a shared mailbox");
        }

        return chosen;
    }

    public static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
