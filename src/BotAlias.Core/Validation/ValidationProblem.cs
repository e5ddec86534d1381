namespace BotAlias.Core.Validation;

/// <param name="Code">A stable code from <see cref="AddressProblemCodes"/>, for tests, logs and the audit log.</param>
/// <param name="Field">The input at fault: <see cref="ValidationFields.Address"/> or <see cref="ValidationFields.Target"/>.</param>
/// <param name="Message">What is wrong and what to do instead, in words the requester understands.</param>
public sealed record ValidationProblem(string Code, string Field, string Message);
