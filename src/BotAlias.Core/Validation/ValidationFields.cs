namespace BotAlias.Core.Validation;

/// <summary>The form inputs a <see cref="ValidationProblem"/> belongs to, so a card can show it by the right one.</summary>
public static class ValidationFields
{
    public const string Address = "address";

    public const string Target = "target";
}
