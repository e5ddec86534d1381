using System.Globalization;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Validation;

/// <summary>
/// The one ordered set of rules an address must pass before a mailbox gets it; the alias request flow uses it
/// when a request is made and again before provisioning, and offboarding uses it to move addresses.
/// </summary>
/// <remarks>
/// Each field gets at most one problem, the first its rules find, because one clear message by an input helps
/// more than a pile of them. The address is checked syntax, then domain, then reserved names, then
/// availability (held by someone, asked for in an open request, held back after a release); nothing past a
/// syntax error is looked up. The target is checked independently (kind, on-premises sync, address cap), so a
/// form shows both inputs' problems at once. An address the target already has is an answer, not an error,
/// and wins over every other finding: there is nothing to do, so nothing can be wrong.
/// A non-admin never learns who holds an address or who asked for it.
/// </remarks>
public sealed class AddressValidationPolicy
{
    private const int MaxDomainsListed = 4;

    private readonly int _maxAddressesPerMailbox;
    private readonly TimeProvider _timeProvider;
    private readonly HashSet<string> _consumerDomains;
    private readonly List<ReservedDomain> _reservedDomains;
    private readonly HashSet<string> _reservedLocalParts;

    public AddressValidationPolicy(AddressPolicyOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("The address policy settings are not usable: " + string.Join(" ", errors), nameof(options));
        }

        _maxAddressesPerMailbox = options.MaxAddressesPerMailbox;
        _timeProvider = timeProvider;
        _consumerDomains = options.EffectiveConsumerDomains.Select(NormalizeDomain).ToHashSet(StringComparer.Ordinal);
        _reservedDomains = options.ReservedDomains
            .Select(r => new ReservedDomain { Domain = NormalizeDomain(r.Domain), Reason = r.Reason.Trim() })
            .ToList();
        _reservedLocalParts = options.EffectiveReservedLocalParts.Select(NormalizeLocalPart).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<AddressValidationResult> ValidateAsync(
        AddressValidationRequest request, IAddressFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facts);

        var targetProblem = CheckTarget(request);
        var parsed = AddressSyntax.Parse(request.RawAddress);
        if (parsed.Address is not { } address)
        {
            return Refused(null, parsed.Problem, targetProblem);
        }

        if (request.Target.AllAddresses.Contains(address))
        {
            return AlreadyHeld(request, address);
        }

        // Looked up before the domain rules so that "you already have it" wins whatever the domain's standing.
        var holder = await facts.FindHolderAsync(address, cancellationToken);
        if (holder is not null && holder.Recipient.Id == request.Target.Id)
        {
            return AlreadyHeld(request, address);
        }

        var addressProblem = await CheckDomainAsync(address, facts, cancellationToken)
            ?? CheckReservedLocalPart(address, request.Requester)
            ?? await CheckAvailabilityAsync(address, holder, request, facts, cancellationToken);

        return addressProblem is null && targetProblem is null
            ? new AddressValidationResult { Outcome = AddressValidationOutcome.Valid, Address = address }
            : Refused(address, addressProblem, targetProblem);
    }

    private ValidationProblem? CheckTarget(AddressValidationRequest request)
    {
        var target = request.Target;
        var name = TargetName(request, capitalise: true);
        switch (target.Kind)
        {
            case RecipientKind.MailContact:
                return TargetProblem(AddressProblemCodes.TargetNotMailbox,
                    $"{name} is a mail contact: its mail goes to an address outside the organisation, so it can't hold addresses here. Choose a mailbox, such as a person's or a shared mailbox.");
            case RecipientKind.Group:
                return TargetProblem(AddressProblemCodes.TargetNotMailbox,
                    $"{name} is a group, not a mailbox. This bot adds addresses to cloud mailboxes only: choose a person's or a shared mailbox, or ask IT to add the address to the group.");
            case RecipientKind.User or RecipientKind.SharedMailbox:
                break;
            default:
                return TargetProblem(AddressProblemCodes.TargetNotMailbox, $"{name} is not a mailbox. Choose a person's or a shared mailbox.");
        }

        if (target.OnPremisesSyncEnabled)
        {
            return TargetProblem(AddressProblemCodes.TargetSyncedFromOnPremises,
                $"The addresses of {TargetName(request, capitalise: false)} are managed in your on-premises Active Directory and synced to Microsoft 365, so an address added here would not last. Ask IT to add it there.");
        }

        var count = target.AllAddresses.Distinct().Count();
        return count + 1 > _maxAddressesPerMailbox
            ? TargetProblem(AddressProblemCodes.AddressCapReached,
                $"{name} already has {count} addresses, and your organisation allows at most {_maxAddressesPerMailbox} per mailbox. Remove an address it no longer needs first, or ask IT.")
            : null;
    }

    private async Task<ValidationProblem?> CheckDomainAsync(EmailAddress address, IAddressFacts facts, CancellationToken cancellationToken)
    {
        var domain = address.Domain;
        if (domain.Split('.').Any(label => label.StartsWith("xn--", StringComparison.Ordinal)))
        {
            return AddressProblem(AddressProblemCodes.InternationalDomain,
                $"{domain} is an international domain name (with accented or non-Latin letters) in its encoded xn-- form. Such domains can't be used for addresses here: use one of your organisation's domains.");
        }

        var domains = await facts.GetDomainsAsync(cancellationToken);
        var own = domains
            .Where(d => d.IsVerified && d.SupportsEmail)
            .OrderByDescending(d => d.IsDefault)
            .Select(d => NormalizeDomain(d.Name))
            .Where(name => !_reservedDomains.Any(r => IsSameOrSubdomain(name, r.Domain)))
            .ToList();

        // Reserved domains are usually verified ones (that is why they need reserving), so this comes first.
        var reserved = _reservedDomains.FirstOrDefault(r => IsSameOrSubdomain(domain, r.Domain));
        if (reserved is not null)
        {
            return AddressProblem(AddressProblemCodes.ReservedDomain, domain == reserved.Domain
                ? $"{domain} is {reserved.Reason}, so its addresses can't be given out here. {UseInstead(own)}"
                : $"Addresses at {domain} can't be given out here: {reserved.Domain} is {reserved.Reason}. {UseInstead(own)}");
        }

        if (_consumerDomains.Any(consumer => IsSameOrSubdomain(domain, consumer)))
        {
            return AddressProblem(AddressProblemCodes.ConsumerDomain,
                $"{domain} is a personal mail service, not a domain of your organisation, so no address there can be added to a mailbox here. To receive mail from such an account here, set up forwarding in that account instead.");
        }

        if (own.Contains(domain, StringComparer.Ordinal))
        {
            return null;
        }

        var known = domains.FirstOrDefault(d => NormalizeDomain(d.Name) == domain);
        if (known is { IsVerified: true, SupportsEmail: false })
        {
            return AddressProblem(AddressProblemCodes.DomainWithoutEmail,
                $"{domain} belongs to your organisation but is not set up for email. {UseInstead(own)}");
        }

        if (known is { IsVerified: false })
        {
            return AddressProblem(AddressProblemCodes.DomainNotVerified,
                $"{domain} is not a verified domain of your organisation yet, so it can't receive mail here. {UseInstead(own)}");
        }

        var parent = own.Where(o => domain.EndsWith("." + o, StringComparison.Ordinal)).MaxBy(o => o.Length);
        if (parent is not null)
        {
            return AddressProblem(AddressProblemCodes.UnverifiedSubdomain,
                $"{domain} is a subdomain of {parent}, but it is not itself a verified domain of your organisation. Use an address at {parent}, or ask IT to add and verify {domain}.");
        }

        var imitated = LookAlikeDomains.FindImitated(domain, own);
        if (imitated is not null)
        {
            return AddressProblem(AddressProblemCodes.LookAlikeDomain,
                $"{domain} is not a domain of your organisation, though it looks very like {imitated}. Did you mean {address.LocalPart}@{imitated}?");
        }

        return AddressProblem(AddressProblemCodes.DomainNotVerified,
            $"{domain} is not a verified domain of your organisation. {UseInstead(own)}");
    }

    private ValidationProblem? CheckReservedLocalPart(EmailAddress address, AddressRequester requester) =>
        !requester.IsAdmin && _reservedLocalParts.Contains(NormalizeLocalPart(address.LocalPart))
            ? AddressProblem(AddressProblemCodes.ReservedLocalPart,
                $"\"{address.LocalPart}\" is reserved for a role the whole organisation relies on (such as postmaster, abuse or noreply), so only an admin can give it out. Ask IT, or choose a different name.")
            : null;

    private async Task<ValidationProblem?> CheckAvailabilityAsync(
        EmailAddress address, AddressHolder? holder, AddressValidationRequest request, IAddressFacts facts, CancellationToken cancellationToken)
    {
        var requester = request.Requester;
        if (holder is not null && holder.Recipient.Id != request.MovingFromRecipientId)
        {
            return AddressProblem(AddressProblemCodes.HeldByOther, requester.IsAdmin
                ? $"{address} is unavailable: it is already {(holder.IsPrimary ? "the primary address" : "an address")} of {holder.Recipient.DisplayName} ({KindName(holder.Recipient.Kind)}). Remove it there first if it should move."
                : $"{address} is unavailable. Choose a different address.");
        }

        var open = await facts.FindOpenRequestAsync(address, cancellationToken);
        if (open is not null && open.Id != request.ExcludeRequestId)
        {
            return AddressProblem(AddressProblemCodes.OpenRequest, open.RequesterId == requester.Id
                ? $"You have already asked for {address}: request {open.Id} is still open."
                : requester.IsAdmin
                    ? $"{address} is unavailable: someone has already asked for this address (request {open.Id}, by {open.RequesterName} for {open.TargetName})."
                    : $"{address} is unavailable: someone has already asked for this address. Choose a different address.");
        }

        var heldUntil = await facts.GetHeldUntilAsync(address, cancellationToken);
        if (heldUntil is { } until && until > _timeProvider.GetUtcNow() && !(requester.IsAdmin && request.AdminOverridesHoldback))
        {
            var when = until.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
            return AddressProblem(AddressProblemCodes.HeldBack,
                $"{address} was in use until recently and is held back until {when}, so that mail still sent to it does not reach someone new. Ask again after that, or choose a different address."
                + (requester.IsAdmin ? " As an admin you may override the holdback." : ""));
        }

        return null;
    }

    private static AddressValidationResult AlreadyHeld(AddressValidationRequest request, EmailAddress address) => new()
    {
        Outcome = AddressValidationOutcome.AlreadyHeldByTarget,
        Address = address,
        Message = IsRequestersOwn(request)
            ? $"You already have {address}: nothing to do."
            : $"{request.Target.DisplayName} already has {address}: nothing to do.",
    };

    private static AddressValidationResult Refused(EmailAddress? address, params ValidationProblem?[] problems) => new()
    {
        Outcome = AddressValidationOutcome.Refused,
        Address = address,
        Problems = problems.OfType<ValidationProblem>().ToList(),
    };

    private static string UseInstead(List<string> own)
    {
        if (own.Count == 0)
        {
            return "Your organisation has no verified email domain yet: ask IT.";
        }

        var listed = own.Take(MaxDomainsListed).ToList();
        var names = listed.Count == 1 ? listed[0] : string.Join(", ", listed[..^1]) + " or " + listed[^1];
        return $"Choose an address at {names}{(own.Count > MaxDomainsListed ? " (or another of your organisation's domains)" : "")}.";
    }

    private static bool IsRequestersOwn(AddressValidationRequest request) =>
        request.Target.Kind == RecipientKind.User && request.Target.Id == request.Requester.Id;

    private static string TargetName(AddressValidationRequest request, bool capitalise) =>
        IsRequestersOwn(request) ? (capitalise ? "Your mailbox" : "your mailbox") : request.Target.DisplayName;

    private static string KindName(RecipientKind kind) => kind switch
    {
        RecipientKind.User => "a user",
        RecipientKind.SharedMailbox => "a shared mailbox",
        RecipientKind.Group => "a group",
        RecipientKind.MailContact => "a mail contact",
        RecipientKind.DynamicDistributionGroup => "a dynamic distribution group",
        RecipientKind.PublicFolder => "a mail-enabled public folder",
        RecipientKind.SoftDeletedMailbox => "a deleted mailbox that can still be restored",
        RecipientKind.DeletedObject => "a deleted object still in the recycle bin",
        _ => "a recipient",
    };

    private static bool IsSameOrSubdomain(string domain, string of) =>
        domain == of || domain.EndsWith("." + of, StringComparison.Ordinal);

    private static string NormalizeDomain(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();

    // "no-reply", "No.Reply" and "no_reply" are all "noreply" to a reader, so they are all reserved.
    private static string NormalizeLocalPart(string localPart) =>
        new(localPart.Trim().ToLowerInvariant().Where(c => c is not ('.' or '-' or '_')).ToArray());

    private static ValidationProblem AddressProblem(string code, string message) => new(code, ValidationFields.Address, message);

    private static ValidationProblem TargetProblem(string code, string message) => new(code, ValidationFields.Target, message);
}
