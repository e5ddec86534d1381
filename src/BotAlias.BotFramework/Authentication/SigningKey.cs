using System.Security.Cryptography;

namespace BotAlias.BotFramework.Authentication;

/// <summary>An RSA key from a JWKS, with the channels Bot Framework endorses it for.</summary>
internal sealed record SigningKey(string KeyId, RSAParameters Parameters, IReadOnlySet<string> Endorsements);
