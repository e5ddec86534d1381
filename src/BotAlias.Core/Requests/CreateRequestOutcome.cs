namespace BotAlias.Core.Requests;

public enum CreateRequestOutcome
{
    Created,

    /// <summary>Another open request already holds the address.</summary>
    AddressReserved,

    /// <summary>The same activity already created a request (a redelivery).</summary>
    DuplicateActivity,

    /// <summary>
    /// Another request already has this id (ids are short and random, so it happens now and then): nothing was
    /// written; create the request again with a new id.
    /// </summary>
    IdTaken,
}
