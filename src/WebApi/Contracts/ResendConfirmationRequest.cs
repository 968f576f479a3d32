namespace SupportDesk.WebApi.Contracts;

/// <summary>The email of a sign-up to send a new confirmation code to.</summary>
/// <param name="Email">The email signed up with.</param>
[ValidatedAs(typeof(SupportDesk.Application.Customers.Commands.ResendConfirmation.ResendConfirmationCommand))]
public sealed record ResendConfirmationRequest(string Email);
