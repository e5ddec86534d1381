using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Benchmarks;

/// <summary>The operations measured, shared by the BenchmarkDotNet run and the quick run so both measure the same thing.</summary>
public sealed class LookupWorkload : IDisposable
{
    private const int Samples = 4096;

    private readonly GeneratedTenant _tenant;
    private readonly EmailAddress[] _held;
    private readonly EmailAddress[] _free;
    private readonly string[] _prefixes;
    private readonly AddressValidationPolicy _policy = new(new AddressPolicyOptions(), TimeProvider.System);
    private readonly DirectoryAddressFacts _facts;
    private readonly AddressValidationRequest _typicalRequest;
    private int _next;

    public LookupWorkload(int recipients)
    {
        _tenant = new GeneratedTenant(recipients);
        var random = new Random(42);
        _held = [.. GeneratedTenant.Parse(Enumerable.Range(0, Samples).Select(_ => _tenant.HeldAddresses[random.Next(_tenant.HeldAddresses.Count)]))];
        _free = [.. GeneratedTenant.Parse(GeneratedTenant.FreeAddresses(Samples))];
        // What an admin types: a first name and the start of a surname; each matches many addresses.
        _prefixes = [.. _held.Select(a => a.LocalPart[..Math.Min(a.LocalPart.Length, a.LocalPart.IndexOf('.', StringComparison.Ordinal) + 2)])];
        _facts = new DirectoryAddressFacts(_tenant.Directory);
        var target = _tenant.Directory.FindHolderAsync(_held[0]).GetAwaiter().GetResult()!.Recipient;
        _typicalRequest = new AddressValidationRequest
        {
            RawAddress = "new.person.alias@example.com",
            Requester = new AddressRequester(target.Id, IsAdmin: false),
            Target = target,
        };
    }

    public int Recipients => _tenant.Recipients;

    public int Addresses => _tenant.HeldAddresses.Count;

    public IDirectory Directory => _tenant.Directory;

    public Task<AddressHolder?> FindHeldAsync() => _tenant.Directory.FindHolderAsync(_held[Next()]);

    public Task<AddressHolder?> FindFreeAsync() => _tenant.Directory.FindHolderAsync(_free[Next()]);

    public Task<IReadOnlyList<AddressHolder>> SearchAsync() => _tenant.Directory.SearchAddressesAsync(_prefixes[Next()], 11);

    public Task<AddressValidationResult> ValidateTypicalAsync() => _policy.ValidateAsync(_typicalRequest, _facts);

    /// <summary>Checks the workload measures what it claims: hits hit, misses miss, searches find, the address is valid.</summary>
    public async Task VerifyAsync()
    {
        if (await FindHeldAsync() is null || await FindFreeAsync() is not null || (await SearchAsync()).Count == 0
            || !(await ValidateTypicalAsync()).IsValid)
        {
            throw new InvalidOperationException("The generated tenant does not answer as the benchmark expects.");
        }
    }

    public void Dispose() => _tenant.Dispose();

    private int Next() => _next = (_next + 1) & (Samples - 1);
}
