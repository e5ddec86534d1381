namespace BotAlias.Features.Bulk.Cards;

/// <summary>The ids of the bulk form's inputs: the keys their values arrive under, and the keys of the form's problems.</summary>
public static class BulkFormInputs
{
    public const string Audience = "audience";
    public const string Group = "group";
    public const string List = "list";
    public const string Change = "change";
    public const string Pattern = "pattern";
    public const string FromDomain = "fromDomain";
    public const string ToDomain = "toDomain";

    /// <summary>The problem key for what concerns the whole form rather than one input.</summary>
    public const string Form = "form";

    /// <summary>Hidden data, not an input: the uploaded list's id.</summary>
    public const string ListId = "listId";
}
