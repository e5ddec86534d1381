using Azure.Core;
using Azure.Identity;
using System.Security.Cryptography.X509Certificates;

namespace BotAlias.Microsoft365;

/// <summary>The Azure.Identity credential the options describe; Azure.Identity caches and renews its tokens.</summary>
public static class Microsoft365Credentials
{
    public static TokenCredential Create(Microsoft365Options options, Microsoft365CredentialKind kind)
    {
        ArgumentNullException.ThrowIfNull(options);
        return kind switch
        {
            Microsoft365CredentialKind.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            Microsoft365CredentialKind.Certificate => new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options)),
            Microsoft365CredentialKind.ManagedIdentity => string.IsNullOrWhiteSpace(options.ManagedIdentityClientId ?? options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId ?? options.ClientId!)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown credential kind."),
        };
    }

    private static X509Certificate2 LoadCertificate(Microsoft365Options options)
    {
        var path = options.CertificatePath!;
        return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
    }
}
