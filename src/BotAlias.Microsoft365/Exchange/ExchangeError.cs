namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// An InvokeCommand failure, unwrapped. The body is an OData error whose <c>message</c> says little ("Error
/// executing cmdlet", "Invalid Operation"); the PowerShell text is in <c>details[0].message</c> as
/// <c>Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be
/// performed because object 'x' couldn't be found on '...'.</c> (seen in Microsoft365DSC/Microsoft365DSC#2998) and in
/// <c>innererror.internalexception.message</c> (the ExchangeOnlineManagement module's Get-ErrorMessage reads details
/// first, then internalexception). A 403 for a missing role may have no JSON body at all.
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Code">The OData <c>error.code</c> (e.g. NotFound, BadRequest), or null without a JSON body.</param>
/// <param name="ExceptionType">The .NET type of Exchange's exception, when the body or <c>x-ExceptionType</c> names it.</param>
/// <param name="Message">The PowerShell error text, or a description of the body when there was none.</param>
/// <param name="RequestId">The <c>request-id</c> response header, for Microsoft support.</param>
public sealed record ExchangeError(string CmdletName, int StatusCode, string? Code, string? ExceptionType, string Message, string? RequestId);
