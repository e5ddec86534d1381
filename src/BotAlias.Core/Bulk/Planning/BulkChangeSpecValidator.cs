using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Checks what the admin asked for against the organisation's domains before anything is read from the
/// directory, and returns every problem at once, each tied to its form field, so one round trip fixes them all.
/// </summary>
/// <remarks>
/// The domain rules are the address policy's own (verified, set up for email, not a consumer or reserved domain,
/// look-alikes), run on a stand-in address at the domain: one set of rules and messages for a single alias and a
/// bulk run. The stand-in never shows: its name is replaced by the pattern (or removed) in the messages.
/// </remarks>
public sealed class BulkChangeSpecValidator
{
    private const string ProbeLocalPart = "bulkdomainprobe";

    private static readonly AddressRequester BulkAdmin = new("bulk-change", IsAdmin: true);

    private static readonly Recipient ProbeTarget = new()
    {
        Id = "bulk-change-probe",
        Kind = RecipientKind.User,
        DisplayName = "bulk change",
        PrimaryAddress = EmailAddress.Parse("bulk-change-probe@probe.invalid"),
    };

    private readonly AddressValidationPolicy _policy;

    public BulkChangeSpecValidator(AddressValidationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
    }

    /// <returns>Empty when the change can go ahead to a dry run.</returns>
    public async Task<IReadOnlyList<ValidationProblem>> ValidateAsync(
        BulkChangeSpec spec, IReadOnlyList<TenantDomain> domains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(domains);
        var facts = new BulkDomainFacts(domains);
        var problems = new List<ValidationProblem>();
        switch (spec.Kind)
        {
            case BulkChangeKind.AddAddress:
                await CheckPatternAsync(spec.Pattern, facts, problems, cancellationToken);
                break;
            case BulkChangeKind.SwitchPrimaryDomain:
                var from = await CheckDomainFieldAsync(spec.FromDomain, BulkSpecFields.FromDomain, "the domain primaries move away from", facts, problems, cancellationToken);
                var to = await CheckDomainFieldAsync(spec.ToDomain, BulkSpecFields.ToDomain, "the domain primaries move to", facts, problems, cancellationToken);
                if (from is not null && from == to)
                {
                    problems.Add(new ValidationProblem(BulkProblemCodes.SameDomain, BulkSpecFields.ToDomain,
                        $"Primaries would move from {from} to {to}, the same domain, which changes nothing. Choose the new domain the primaries should move to."));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown bulk change kind.");
        }

        return problems;
    }

    private async Task CheckPatternAsync(string? text, BulkDomainFacts facts, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ValidationProblem(BulkProblemCodes.PatternMissing, BulkSpecFields.Pattern,
                "Type the pattern the new addresses follow, such as {first}.{last}@contoso-old.com or {alias}@contoso-old.com."));
            return;
        }

        if (!BulkPattern.TryParse(text, out var pattern, out var problem))
        {
            problems.Add(new ValidationProblem(BulkProblemCodes.PatternInvalid, BulkSpecFields.Pattern, problem));
            return;
        }

        var domainProblem = await CheckDomainAsync(pattern.Domain, BulkSpecFields.Pattern, pattern.LocalTemplate + "@", facts, cancellationToken);
        if (domainProblem is not null)
        {
            problems.Add(domainProblem);
        }
    }

    /// <returns>The normalised domain when it was given (even if refused), so from and to can be compared.</returns>
    private async Task<string?> CheckDomainFieldAsync(
        string? text, string field, string what, BulkDomainFacts facts, List<ValidationProblem> problems, CancellationToken cancellationToken)
    {
        var domain = BulkDomainText.Normalize(text);
        if (domain.Length == 0)
        {
            problems.Add(new ValidationProblem(BulkProblemCodes.DomainMissing, field, $"Type {what}, such as contoso-old.com."));
            return null;
        }

        if (domain.Contains('@', StringComparison.Ordinal) || domain.Any(char.IsWhiteSpace))
        {
            problems.Add(new ValidationProblem(AddressProblemCodes.DomainCharacter, field,
                $"Type only {what}, such as contoso-old.com: no address, spaces or @."));
            return domain;
        }

        var problem = await CheckDomainAsync(domain, field, "", facts, cancellationToken);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        return domain;
    }

    private async Task<ValidationProblem?> CheckDomainAsync(
        string domain, string field, string shownInsteadOfProbe, BulkDomainFacts facts, CancellationToken cancellationToken)
    {
        var result = await _policy.ValidateAsync(
            new AddressValidationRequest { RawAddress = ProbeLocalPart + "@" + domain, Requester = BulkAdmin, Target = ProbeTarget },
            facts, cancellationToken);
        var problem = result.ProblemFor(ValidationFields.Address);
        return problem is null
            ? null
            : new ValidationProblem(problem.Code, field, problem.Message.Replace(ProbeLocalPart + "@", shownInsteadOfProbe, StringComparison.Ordinal));
    }
}
