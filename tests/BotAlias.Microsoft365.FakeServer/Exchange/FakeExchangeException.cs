namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// A cmdlet failure the fake answers in InvokeCommand's error shape. Texts are Exchange's own where known (sources
/// on each factory); where no public capture exists the wording is marked as the fake's. Unverified against a
/// live tenant: no tenant is reachable from here.
/// </summary>
public sealed class FakeExchangeException : Exception
{
    public FakeExchangeException()
    {
    }

    public FakeExchangeException(string message)
        : base(message)
    {
    }

    public FakeExchangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private FakeExchangeException(int status, string code, string detailCode, string errorId, string exceptionType, string message)
        : base(message)
    {
        Status = status;
        Code = code;
        DetailCode = detailCode;
        ErrorId = errorId;
        ExceptionType = exceptionType;
    }

    public int Status { get; } = 400;

    /// <summary>The OData <c>error.code</c>.</summary>
    public string Code { get; } = "BadRequest";

    /// <summary><c>details[0].code</c>: Context for object errors, Client for binding errors (as captured).</summary>
    public string DetailCode { get; } = "Client";

    /// <summary>The Exchange error id that prefixes the detail message (e.g. Ex6F9304), or empty.</summary>
    public string ErrorId { get; } = string.Empty;

    public string ExceptionType { get; } = "System.InvalidOperationException";

    /// <summary>
    /// "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be
    /// performed because object 'x' couldn't be found on '...'." with HTTP 404 / code NotFound
    /// (captured in Microsoft365DSC/Microsoft365DSC#2998).
    /// </summary>
    public static FakeExchangeException NotFound(string identity) => new(
        404, "NotFound", "Context", "Ex6F9304", "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
        $"The operation couldn't be performed because object '{identity}' couldn't be found on 'FAKE01A001DC01.PROD.OUTLOOK.COM'.");

    /// <summary>Strings.ErrorProxyAddressAlreadyExists, thrown as ProxyAddressExistsException (Exchange's RecipientTaskHelper).</summary>
    public static FakeExchangeException ProxyAddressInUse(string proxy, string holder) => new(
        400, "BadRequest", "Context", "Ex19C5B0", "Microsoft.Exchange.Data.ProxyAddressExistsException",
        $"The proxy address \"{proxy}\" is already being used by the proxy addresses or LegacyExchangeDN of \"{holder}\". Please choose another proxy address.");

    /// <summary>The write-scope error for objects synced from on-premises AD (the text admins report, e.g. emtunc.org, easy365manager.com).</summary>
    public static FakeExchangeException SyncedFromOnPremises(string cmdlet, string parameter, string name) => new(
        400, "BadRequest", "Context", "ExB7A5F1", "Microsoft.Exchange.Configuration.Tasks.TaskInvalidOperationException",
        $"The operation on mailbox \"{name}\" failed because it's out of the current user's write scope. The action '{cmdlet}', '{parameter}', can't be performed on the object '{name}' because the object is being synchronized from your on-premises organization. This action should be performed on the object in your on-premises organization.");

    /// <summary>
    /// An unknown parameter. Over InvokeCommand this is not PowerShell's "A parameter cannot be found that matches
    /// parameter name" but, as captured from a live tenant (GoLang exoclient test fixture liveUnknownParameterBody),
    /// a 400 AmbiguousParameterSetException naming the parameter.
    /// </summary>
    public static FakeExchangeException UnknownParameter(string parameter) => new(
        400, "BadRequest", "Client", string.Empty, "Microsoft.Exchange.AdminApi.CommandInvocation.AmbiguousParameterSetException",
        $"Parameter set cannot be resolved using the specified named parameters. Invalid cmdlet parameters specified. {parameter}");

    /// <summary>An argument that does not convert (captured: ParameterTransformationException).</summary>
    public static FakeExchangeException ParameterTransformation(string parameter, string detail) => new(
        400, "BadRequest", "Client", string.Empty, "Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException",
        $"Cannot process argument transformation on parameter '{parameter}'. {detail}");

    public static FakeExchangeException InvalidFilter(string filter) => new(
        400, "BadRequest", "Client", string.Empty, "System.Management.Automation.ParameterBindingException",
        $"Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"Invalid filter syntax. For a description of the filter parameter syntax see the command help. \"{filter}\"\"");

    public static FakeExchangeException MultiplePrimaries() => new(
        400, "BadRequest", "Context", "Ex2E0C0B", "Microsoft.Exchange.Data.DataValidationException",
        "There are multiple primary SMTP addresses. Please ensure there is only one primary address for each address type.");

    /// <summary>The fake's wording: Exchange refuses to leave a recipient without its primary.</summary>
    public static FakeExchangeException PrimaryRemoval(string proxy) => new(
        400, "BadRequest", "Context", "Ex8A1F3C", "Microsoft.Exchange.Data.DataValidationException",
        $"The primary SMTP address '{proxy}' can't be removed. Set another primary SMTP address first (PrimarySmtpAddress).");

    /// <summary>The fake's wording around Exchange's NotAcceptedDomainException.</summary>
    public static FakeExchangeException NotAcceptedDomain(string proxy, string domain) => new(
        400, "BadRequest", "Context", "Ex3B1DA4", "Microsoft.Exchange.Configuration.Tasks.NotAcceptedDomainException",
        $"The proxy address \"{proxy}\" can't be used because the domain {domain} isn't an accepted domain for your organization.");

    /// <summary>
    /// Exchange Online's per-recipient cap of proxy addresses: "There are too many proxy addresses: &lt;X&gt;, and maximum
    /// supported number of recipient proxy addresses is 400." (support.microsoft.com/kb/3196424). The exception type
    /// and error id are the fake's: no public capture shows them.
    /// </summary>
    public static FakeExchangeException TooManyProxyAddresses(int count, int maximum) => new(
        400, "BadRequest", "Context", "Ex4C7E21", "Microsoft.Exchange.Data.DataValidationException",
        $"There are too many proxy addresses: {count}, and maximum supported number of recipient proxy addresses is {maximum}.");

    public static FakeExchangeException CommandNotFound(string cmdlet) => new(
        400, "BadRequest", "Client", string.Empty, "System.Management.Automation.CommandNotFoundException",
        $"The term '{cmdlet}' is not recognized as a name of a cmdlet, function, script file, or executable program.");

    public static FakeExchangeException InvalidRequest(string message) => new(
        400, "BadRequest", "Client", string.Empty, "Microsoft.Exchange.Admin.OData.Core.ODataServiceException", message);
}
