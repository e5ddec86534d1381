namespace BotAlias.Features.SelfService;

public static class SelfServiceVerbs
{
    public const string RequestRemoval = "alias/remove";
}
