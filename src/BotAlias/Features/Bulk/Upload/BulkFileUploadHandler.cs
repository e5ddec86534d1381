using System.Globalization;
using System.Text;
using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk.Upload;

/// <summary>
/// An admin sends a CSV file in the 1:1 chat: the bot reads the addresses or UPNs in it, keeps the list for them,
/// and answers with the bulk form set to that list. Anyone else's file is refused before anything is downloaded.
/// </summary>
public sealed partial class BulkFileUploadHandler(
    ActorResolver actors,
    BulkFileDownloader downloader,
    BulkLists lists,
    BulkFormCheck check,
    IOptions<BulkFeatureOptions> options,
    ILogger<BulkFileUploadHandler> logger) : IMessageAttachmentHandler
{
    public const string AdminsOnly = "I read files only to start a bulk change, and bulk changes are for BotAlias admins. To get an address for yourself, type \"alias\".";

    public const string PrivateOnly = "Send me the CSV file in our private chat: bulk changes are made there.";

    public const string OneFileAtATime = "Send me one CSV file at a time: I start a bulk change from one list.";

    public const string NotFromTeams = "I didn't open that file: its link doesn't point to where Teams stores files sent in chat. Send the file again from Teams.";

    public const int ProblemsShown = 5;

    public bool CanHandle(Activity activity) => TeamsFileAttachment.IsPresentIn(activity);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendAsync(await AnswerAsync(turn, cancellationToken), cancellationToken);

    private async Task<Activity> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            return CardMessages.Text(PrivateOnly);
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return CardMessages.Text(AliasCommand.NotInDirectory);
        }

        if (!actor.IsAdmin)
        {
            return CardMessages.Text(AdminsOnly);
        }

        if (TeamsFileAttachment.ReadAll(turn.Activity) is not [var file])
        {
            return CardMessages.Text(OneFileAtATime);
        }

        if (!file.IsCsvOrText)
        {
            return CardMessages.Text($"I read lists only from CSV or text files, and {Shown(file.Name)} is neither. In Excel, choose File > Save As > CSV UTF-8, then send me that file.");
        }

        var download = await downloader.DownloadAsync(file.DownloadUrl, cancellationToken);
        if (download.Content is not { } content)
        {
            LogNotRead(logger, download.Failure);
            return download.Failure switch
            {
                BulkFileDownloadFailure.HostNotAllowed => CardMessages.Text(NotFromTeams),
                BulkFileDownloadFailure.TooBig => CardMessages.Text(
                    $"{Shown(file.Name)} is bigger than {Megabytes(options.Value.MaxFileBytes)}, the most I read. Split the list into smaller files and start a run for each."),
                BulkFileDownloadFailure.TimedOut => CardMessages.Text($"Downloading {Shown(file.Name)} took too long, so I stopped. Send it again in a moment."),
                _ => CardMessages.Text($"I couldn't download {Shown(file.Name)}: Teams' link may have expired. Send the file again."),
            };
        }

        if (BulkFileText.Decode(content) is not { } text)
        {
            return CardMessages.Text($"{Shown(file.Name)} isn't a text file. Save the list as CSV (in Excel: File > Save As > CSV UTF-8) and send me that.");
        }

        var parsed = new BulkListParser(options.Value.MaxListEntries).Parse(text);
        if (parsed.Problems.Count > 0 || parsed.RowLimitExceeded || parsed.Entries.Count == 0)
        {
            return Problems(file.Name, parsed.Problems);
        }

        var listId = await lists.SaveAsync(actor.Id, file.Name, parsed.Entries, cancellationToken);
        LogListSaved(logger, parsed.Entries.Count, content.Length);
        var uploaded = new BulkUploadedList(file.Name, parsed.Entries.Count, listId);
        var form = BulkFormCard.Create(null, null, await check.EmailDomainsAsync(cancellationToken), uploaded);
        return CardMessages.Card(form, BulkFormCard.Title);
    }

    // The parser quotes the file's lines in its problems: each is escaped, so a line can't format or link anything.
    private static Activity Problems(string fileName, IReadOnlyList<string> problems)
    {
        var message = new StringBuilder($"I couldn't use {Shown(fileName)}, so nothing was started:");
        foreach (var problem in problems.Take(ProblemsShown))
        {
            message.Append("\n\n- ").Append(Escape(problem));
        }

        if (problems.Count > ProblemsShown)
        {
            message.Append("\n\n").Append("…and more lines with problems.");
        }

        message.Append("\n\n").Append("Fix the file and send it again.");
        return CardMessages.Text(message.ToString());
    }

    private static string Escape(string text) => CardText.Escape(text, BulkCardText.LongText);

    // A file name is the sender's text: escaped, so "[x](https://...)".csv can't become a link in the bot's voice.
    private static string Shown(string fileName) => CardText.Escape(fileName, 120);

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    [LoggerMessage(Level = LogLevel.Information, Message = "A list file sent for a bulk change was not read: {Failure}.")]
    private static partial void LogNotRead(ILogger logger, BulkFileDownloadFailure failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "A list file sent for a bulk change was read: {Entries} entries from {Bytes} bytes.")]
    private static partial void LogListSaved(ILogger logger, int entries, int bytes);
}
