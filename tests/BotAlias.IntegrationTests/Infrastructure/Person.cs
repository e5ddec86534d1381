namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>People of the demo tenant as Teams presents them to the bot.</summary>
public sealed record Person(string Name, string AadObjectId, string ChannelId, string ConversationId)
{
    public static Person Alex { get; } = new("Alex Wilber", "00000000-0000-0000-0000-0000000000020", "29:alex", "a:alex-personal");

    /// <summary>Alex's and Adele's manager.</summary>
    public static Person Megan { get; } = new("Megan Bowen", "00000000-0000-0000-0000-0000000000021", "29:megan", "a:megan-personal");

    public static Person Adele { get; } = new("Adele Vance", "00000000-0000-0000-0000-0000000000022", "29:adele", "a:adele-personal");

    public static Person Isaiah { get; } = new("Isaiah Langer", "00000000-0000-0000-0000-0000000000023", "29:isaiah", "a:isaiah-personal");

    public static Person Lynne { get; } = new("Lynne Robbins", "00000000-0000-0000-0000-0000000000025", "29:lynne", "a:lynne-personal");

    /// <summary>Has no manager; an admin and an approver.</summary>
    public static Person Patti { get; } = new("Patti Fernandez", "00000000-0000-0000-0000-0000000000024", "29:patti", "a:patti-personal");
}
