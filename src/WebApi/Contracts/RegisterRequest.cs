namespace SupportDesk.WebApi.Contracts;

/// <summary>A new customer account.</summary>
/// <param name="Email">The customer's email, used to sign in once confirmed; orders the shop imported under it become theirs then.</param>
/// <param name="Password">The password to sign in with; one the password policy refuses is a 400 naming the reasons.</param>
/// <param name="FullName">The name the desk addresses the customer by.</param>
[ValidatedAs(typeof(SupportDesk.Application.Customers.Commands.RegisterCustomer.RegisterCustomerCommand))]
public sealed record RegisterRequest(string Email, string Password, string FullName);
