using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>
/// Every combination of the form's options for Alex (leaving) and Megan (taking over): the refused ones are
/// exactly the combinations the issue rules out, and every other one plans the issue's steps in the issue's
/// order, runs to completion with each address held once, and is undone exactly by its reversal.
/// </summary>
public sealed class OffboardingCombinationTests
{
    public static TheoryData<bool, MailboxAccess, ForwardingChoice, bool, bool, bool, bool, bool> EveryCombination()
    {
        var data = new TheoryData<bool, MailboxAccess, ForwardingChoice, bool, bool, bool, bool, bool>();
        bool[] both = [false, true];
        foreach (var move in both)
        {
            foreach (var access in new[] { MailboxAccess.None, MailboxAccess.FullAccess, MailboxAccess.FullAccess | MailboxAccess.SendAs })
            {
                foreach (var forwarding in Enum.GetValues<ForwardingChoice>())
                {
                    foreach (var reply in both)
                    {
                        foreach (var hide in both)
                        {
                            foreach (var shared in both)
                            {
                                foreach (var disable in both)
                                {
                                    foreach (var licenses in both)
                                    {
                                        data.Add(move, access, forwarding, reply, hide, shared, disable, licenses);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public async Task Each_combination_is_refused_for_the_issue_s_reasons_or_planned_run_and_reversed(
        bool move, MailboxAccess access, ForwardingChoice forwarding, bool reply, bool hide, bool shared, bool disable, bool licenses)
    {
        var world = new OffboardingWorld();
        var original = world.Tenant.Snapshot();
        var options = new OffboardingOptions
        {
            LeaverId = "alex",
            ColleagueId = "megan",
            MoveAddressesToColleague = move,
            ColleagueAccess = access,
            Forwarding = forwarding,
            ExternalForwardingAddress = "alex.wilber@home.test",
            SetAutomaticReply = reply,
            AutomaticReplyText = "Alex has left.",
            HideFromAddressBook = hide,
            ConvertToShared = shared,
            DisableSignIn = disable,
            RemoveLicenses = licenses,
        };

        var result = await world.ValidateAsync(options);

        var expectedCodes = new List<string>();
        if (!move && access == MailboxAccess.None && forwarding == ForwardingChoice.None && !reply && !hide && !shared && !disable && !licenses)
        {
            expectedCodes.Add(OffboardingProblemCodes.NothingChosen);
        }

        if (move && forwarding != ForwardingChoice.None)
        {
            expectedCodes.Add(OffboardingProblemCodes.ForwardAndMove);
        }

        if (move && reply)
        {
            expectedCodes.Add(OffboardingProblemCodes.AutomaticReplyUnreachable);
        }

        if (licenses && !shared)
        {
            expectedCodes.Add(OffboardingProblemCodes.LicenseRemovalLosesMailbox);
        }

        Assert.Equal(expectedCodes, result.Problems.Select(p => p.Code));
        if (!result.IsValid)
        {
            return;
        }

        var plan = OffboardingPlanBuilder.Build(options, result.Facts!);
        Assert.Equal(ExpectedSteps(options), plan.Steps.Select(Describe));

        var done = await world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());
        Assert.Equal(OffboardingPlanStatus.Completed, done.Status);
        AssertEachAddressHeldOnce(world);
        if (move)
        {
            Assert.Equal("megan", Assert.Single(world.Tenant.HoldersOf(A("alexw@example.com"))).Id);
        }

        var undone = await world.Runner().RunAsync(OffboardingPlanState.Start(OffboardingReversalBuilder.Build(done)), new RecordingSink());
        Assert.Equal(OffboardingPlanStatus.Completed, undone.Status);
        Assert.Equal(original, world.Tenant.Snapshot());
    }

    /// <summary>The issue's order, written out from the options alone.</summary>
    private static List<string> ExpectedSteps(OffboardingOptions options)
    {
        var steps = new List<string>();
        if (options.DisableSignIn)
        {
            steps.AddRange(["SetAccountEnabled alex False", "RevokeSignInSessions alex"]);
        }

        if (options.SetAutomaticReply)
        {
            steps.Add("SetAutomaticReplies alex True");
        }

        if (options.MoveAddressesToColleague)
        {
            steps.AddRange(
            [
                "SetPrimaryAddress alex alexw@examplecorp.onmicrosoft.com",
                "SetUserPrincipalName alex alexw@examplecorp.onmicrosoft.com",
                "MoveAddress alexw@example.com alex->megan",
                "MoveAddress alex.wilber@example.com alex->megan",
                "MoveAddress alexw@contoso-old.com alex->megan",
                "SetX500Address megan True",
            ]);
        }

        if (options.Forwarding == ForwardingChoice.Colleague)
        {
            steps.Add("SetForwarding alex Recipient megan");
        }
        else if (options.Forwarding == ForwardingChoice.ExternalAddress)
        {
            steps.AddRange(["CreateMailContact alex.wilber@home.test", "SetForwarding alex CreatedContact alex.wilber@home.test"]);
        }

        if (options.ColleagueAccess != MailboxAccess.None)
        {
            steps.Add($"SetMailboxAccess alex megan {options.ColleagueAccess} True");
        }

        if (options.ConvertToShared)
        {
            steps.Add("SetMailboxType alex Shared");
        }

        if (options.HideFromAddressBook)
        {
            steps.Add("SetHiddenFromAddressLists alex True");
        }

        if (options.RemoveLicenses)
        {
            steps.Add("ChangeLicenses alex -ENTERPRISEPACK,POWER_BI_PRO");
        }

        return steps;
    }

    private static string Describe(OffboardingStep step) => step switch
    {
        SetAccountEnabledStep s => $"SetAccountEnabled {s.UserId} {s.Enabled}",
        RevokeSignInSessionsStep s => $"RevokeSignInSessions {s.UserId}",
        SetAutomaticRepliesStep s => $"SetAutomaticReplies {s.UserId} {s.Enabled}",
        SetPrimaryAddressStep s => $"SetPrimaryAddress {s.RecipientId} {s.Address}",
        SetUserPrincipalNameStep s => $"SetUserPrincipalName {s.UserId} {s.UserPrincipalName}",
        MoveAddressStep s => $"MoveAddress {s.Address} {s.FromRecipientId}->{s.ToRecipientId}",
        SetX500AddressStep s => $"SetX500Address {s.UserId} {s.Present}",
        CreateMailContactStep s => $"CreateMailContact {s.ExternalAddress}",
        SetForwardingStep s => $"SetForwarding {s.UserId} {s.Target} {s.RecipientId ?? s.ContactExternalAddress?.Value}",
        SetMailboxAccessStep s => $"SetMailboxAccess {s.MailboxUserId} {s.TrusteeUserId} {s.Access} {s.Granted}",
        SetMailboxTypeStep s => $"SetMailboxType {s.UserId} {s.Type}",
        SetHiddenFromAddressListsStep s => $"SetHiddenFromAddressLists {s.UserId} {s.Hidden}",
        ChangeLicensesStep s => $"ChangeLicenses {s.UserId} -{string.Join(",", s.Remove.Select(l => l.SkuPartNumber).Order(StringComparer.Ordinal))}",
        _ => step.GetType().Name,
    };

    internal static void AssertEachAddressHeldOnce(OffboardingWorld world)
    {
        var addresses = new[]
        {
            "alexw@example.com", "alex.wilber@example.com", "alexw@contoso-old.com", "alexw@examplecorp.onmicrosoft.com",
            "alex@retired.example.net", "meganb@example.com", "megan.bowen@example.com",
        };
        foreach (var address in addresses)
        {
            Assert.True(world.Tenant.HoldersOf(A(address)).Count == 1, $"{address} is held by {world.Tenant.HoldersOf(A(address)).Count} recipients.");
        }
    }
}
