namespace BotAlias.Microsoft365.Doctor;

/// <summary>One line of the doctor's report.</summary>
/// <param name="Passed">Null when the check was skipped.</param>
public sealed record DoctorCheck(string Capability, bool? Passed, string Detail);
