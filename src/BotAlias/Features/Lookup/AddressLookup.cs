using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Lookup;

/// <summary>
/// Gathers what the whois answers show. Each answer makes a fixed number of directory calls, whatever the size
/// of the tenant: the holder (one indexed lookup), the holder's account for users, the domains when nobody holds
/// it; or one prefix search.
/// </summary>
public sealed class AddressLookup(
    IDirectory directory,
    IAuditLog audit,
    IAliasRequestStore requests,
    AddressValidationPolicy policy,
    AddressFacts facts)
{
    public const int HistoryShown = 10;

    public const int MatchesShown = 10;

    public async Task<AddressReport> ReportAsync(Actor admin, EmailAddress address, CancellationToken cancellationToken)
    {
        var holder = await directory.FindHolderAsync(address, cancellationToken);
        var account = holder?.Recipient.Kind == RecipientKind.User
            ? await directory.FindUserAsync(holder.Recipient.Id, cancellationToken)
            : null;
        var history = await audit.ListForAddressAsync(address, cancellationToken);
        var open = await requests.FindOpenByAddressAsync(address, cancellationToken);
        return new AddressReport
        {
            Address = address,
            Holder = holder,
            HolderAccount = account,
            // The log lists in the order written; reversing first keeps entries of the same instant newest first.
            History = [.. history.Reverse().OrderByDescending(e => e.At).Take(HistoryShown)],
            HistoryCount = history.Count,
            OpenRequest = open,
            Requestability = holder is null ? await RequestabilityAsync(admin, address, open, cancellationToken) : null,
        };
    }

    /// <summary>Up to <see cref="MatchesShown"/> addresses starting with the prefix, and whether there are more.</summary>
    public async Task<(IReadOnlyList<AddressHolder> Matches, bool More)> SearchAsync(string prefix, CancellationToken cancellationToken)
    {
        var found = await directory.SearchAddressesAsync(prefix, MatchesShown + 1, cancellationToken);
        return ([.. found.Take(MatchesShown)], found.Count > MatchesShown);
    }

    /// <summary>
    /// What a non-admin may learn, worded as the alias form words it: "available" only when they could ask for it
    /// themselves; otherwise "unavailable", whether someone holds it, asked for it, or it is not allowed.
    /// </summary>
    public async Task<PublicAvailability> AvailabilityAsync(Actor asker, EmailAddress address, CancellationToken cancellationToken)
    {
        var holder = await directory.FindHolderAsync(address, cancellationToken);
        if (holder is not null && holder.Recipient.Id == asker.Id)
        {
            return PublicAvailability.Yours;
        }

        var result = await policy.ValidateAsync(Validation(address, new AddressRequester(asker.Id, IsAdmin: false)), new KnownAddressFacts(facts, address, holder), cancellationToken);
        return AddressProblem(result) is null ? PublicAvailability.Available : PublicAvailability.Unavailable;
    }

    // The policy is the one judge of what can be requested, so it is asked rather than imitated: once as the admin
    // (could anyone have it?) and once as anyone (is it reserved for admins?). Only the address's findings count;
    // the target is a placeholder, because "could it be requested" is asked before anyone says for whom.
    private async Task<AddressRequestability> RequestabilityAsync(Actor admin, EmailAddress address, AliasRequest? open, CancellationToken cancellationToken)
    {
        var known = new KnownAddressFacts(facts, address, knownHolder: null).WithOpenRequest(open);
        var asAdmin = AddressProblem(await policy.ValidateAsync(Validation(address, new AddressRequester(admin.Id, IsAdmin: true)), known, cancellationToken));
        if (asAdmin is not null)
        {
            return new AddressRequestability(CanBeRequested: false, AdminsOnly: false, asAdmin.Code, asAdmin.Message);
        }

        var asAnyone = AddressProblem(await policy.ValidateAsync(Validation(address, new AddressRequester(admin.Id, IsAdmin: false)), known, cancellationToken));
        return new AddressRequestability(CanBeRequested: true, AdminsOnly: asAnyone is not null, asAnyone?.Code, asAnyone?.Message);
    }

    private static ValidationProblem? AddressProblem(AddressValidationResult result) => result.Outcome switch
    {
        AddressValidationOutcome.Valid => null,
        AddressValidationOutcome.Refused => result.ProblemFor(ValidationFields.Address),
        // Unreachable with a placeholder that holds nothing at the address's domain; never call it requestable.
        _ => new ValidationProblem(AddressProblemCodes.HeldByOther, ValidationFields.Address, $"{result.Address} is unavailable."),
    };

    private static AddressValidationRequest Validation(EmailAddress address, AddressRequester requester) => new()
    {
        RawAddress = address.Value,
        Requester = requester,
        Target = Placeholder(address),
    };

    // A mailbox that holds no address the lookup could be asked about: its one address is at a reserved .invalid
    // domain (RFC 2606) other than the address's own.
    private static Recipient Placeholder(EmailAddress address) => new()
    {
        Id = "botalias-lookup-placeholder",
        Kind = RecipientKind.SharedMailbox,
        DisplayName = "the mailbox",
        PrimaryAddress = EmailAddress.Parse(address.Domain == "lookup.invalid" ? "placeholder@lookup2.invalid" : "placeholder@lookup.invalid"),
    };
}
