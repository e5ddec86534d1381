namespace BotAlias.TestSupport.Playground;

/// <summary>
/// A person of the Agents Playground's built-in mock world (its default <c>.m365agentsplayground.yml</c>). The
/// aadObjectIds match the bot's demo tenant, which is how the bot knows who clicked. <see cref="Id"/> is the
/// channel's user id, what goes in <c>from.id</c>.
/// </summary>
public sealed record PlaygroundPerson(
    string Id,
    string Name,
    string UserPrincipalName,
    string AadObjectId,
    string GivenName,
    string Surname,
    string Email)
{
    /// <summary>Alex Wilber, the Playground's default signed-in user; his manager is Megan Bowen.</summary>
    public static PlaygroundPerson Alex { get; } = new(
        "user-id-0", "Alex Wilber", "alexw@example.com", "00000000-0000-0000-0000-0000000000020", "Alex", "Wilber", "alexw@example.com");

    /// <summary>Megan Bowen, Alex's manager in the demo tenant.</summary>
    public static PlaygroundPerson Megan { get; } = new(
        "user-id-1", "Megan Bowen", "meganb@example.com", "00000000-0000-0000-0000-0000000000021", "Megan", "Bowen", "meganb@example.com");

    /// <summary>The six people, in the Playground's order. Its config file wants exactly one signed-in user and five others.</summary>
    public static IReadOnlyList<PlaygroundPerson> Everyone { get; } =
    [
        Alex,
        Megan,
        new("user-id-2", "Adele Vance", "adelev@example.com", "00000000-0000-0000-0000-0000000000022", "Adele", "Vance", "adelev@example.com"),
        new("user-id-3", "Isaiah Langer", "isaiah@example.com", "00000000-0000-0000-0000-0000000000023", "Isaiah", "Langer", "isaiahl@example.com"),
        new("user-id-4", "Patti Fernandez", "pattif@example.com", "00000000-0000-0000-0000-0000000000024", "Patti", "Fernandez", "pattif@example.com"),
        new("user-id-5", "Lynne Robbins", "lynner@example.com", "00000000-0000-0000-0000-0000000000025", "Lynne", "Robbins", "lynner@example.com"),
    ];
}
