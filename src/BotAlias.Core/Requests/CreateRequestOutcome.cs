namespace BotAlias.Core.Requests;

public enum CreateRequestOutcome
{
    Created,

    /// <summary>Another open request already holds the address.</summary>
    AddressReserved,

    /// <summary>The same activity already created a request (a redelivery).</summary>
    DuplicateActivity,
}
