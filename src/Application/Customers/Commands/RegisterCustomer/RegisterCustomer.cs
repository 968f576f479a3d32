using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Commands.RegisterCustomer;

/// <summary>
/// Anyone may sign up as a customer; the answer is the same whatever the email (no enumeration). A new email gets
/// an unconfirmed account and a confirmation code by email; the account signs in, and becomes the customer of the
/// orders the shop imported under that email, only once the code confirms it (<c>ConfirmEmail</c>). An email with
/// a confirmed account gets an email saying so, and no second account. An email with an account nobody confirmed
/// yet is taken over by this sign-up (its password and name), with a new code: no one proved they own it before.
/// </summary>
public sealed record RegisterCustomerCommand(string Email, string Password, string FullName) : IRequest<Unit>;

public sealed class RegisterCustomerHandler(IApplicationDbContext db, IIdentityService identity, SignUpEmails signUp, TimeProvider clock)
    : IRequestHandler<RegisterCustomerCommand, Unit>
{
    public async Task<Unit> Handle(RegisterCustomerCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var fullName = request.FullName.Trim();
        // The password policy is checked whatever the email, so a weak password is refused alike for all.
        await identity.CheckPasswordPolicyAsync(email, request.Password, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await identity.FindAccountAsync(email, cancellationToken);
        if (!await signUp.MaySendAsync(db, email, now, cancellationToken))
        {
            // Too many sign-up emails to this address lately (or none is ever sent): nothing is done.
            identity.SpendPasswordHash(request.Password);
            return Unit.Value;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (account is { EmailConfirmed: true })
            {
                identity.SpendPasswordHash(request.Password);
                signUp.SendAlreadyRegistered(db, email, account.FullName, now);
            }
            else
            {
                var userId = account is null
                    ? await identity.CreateUnconfirmedCustomerAsync(email, request.Password, fullName, cancellationToken)
                    : account.UserId;
                if (account is not null)
                {
                    await identity.ReplaceUnconfirmedAsync(userId, request.Password, fullName, cancellationToken);
                }

                await signUp.SendCodeAsync(db, userId, email, fullName, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // The same email signed up by a concurrent request, which sent its own email: this one adds nothing.
            db.DiscardChanges();
        }

        return Unit.Value;
    }
}
