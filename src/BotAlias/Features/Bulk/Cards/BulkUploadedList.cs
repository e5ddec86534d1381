namespace BotAlias.Features.Bulk.Cards;

/// <summary>A CSV file the admin sent in chat, already read and stored; the form shows it and sends <see cref="ListId"/> back.</summary>
public sealed record BulkUploadedList(string FileName, int EntryCount, string ListId);
