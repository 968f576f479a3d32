namespace SupportDesk.WebApi.Contracts;

/// <summary>A sign-up's email and the code emailed to it.</summary>
/// <param name="Email">The email signed up with.</param>
/// <param name="Code">The confirmation code from the email (8 digits).</param>
[ValidatedAs(typeof(SupportDesk.Application.Customers.Commands.ConfirmEmail.ConfirmEmailCommand))]
public sealed record ConfirmEmailRequest(string Email, string Code);
