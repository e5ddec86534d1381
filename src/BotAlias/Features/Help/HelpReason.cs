namespace BotAlias.Features.Help;

public enum HelpReason
{
    Asked,
    Greeting,
    NotUnderstood,
}
