namespace BotAlias.Core.Validation;

/// <summary>
/// A domain the organisation owns but whose mail goes to another service (a website's mail, a ticketing
/// system), so nobody may have an address there through the bot. Settable for configuration binding.
/// </summary>
public sealed class ReservedDomain
{
    public string Domain { get; set; } = "";

    /// <summary>
    /// Shown to the requester after "&lt;domain&gt; is", so phrase it to follow that:
    /// "used by the firm's website mail service".
    /// </summary>
    public string Reason { get; set; } = "";
}
