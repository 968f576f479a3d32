using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Commands.ConfirmEmail;

/// <summary>
/// Confirms a sign-up with the code emailed to it: the account may sign in from now on, and becomes the customer
/// of the orders the shop imported under its email (linked here, never before). A wrong, expired or used code, an
/// unknown email and an account already confirmed are refused alike (400, no detail on which).
/// </summary>
public sealed record ConfirmEmailCommand(string Email, string Code) : IRequest<Unit>;

public sealed class ConfirmEmailHandler(IApplicationDbContext db, IIdentityService identity, SignUpPolicy policy, TimeProvider clock)
    : IRequestHandler<ConfirmEmailCommand, Unit>
{
    public async Task<Unit> Handle(ConfirmEmailCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await identity.FindAccountAsync(email, cancellationToken);
        var confirmation = account is { EmailConfirmed: false }
            ? await db.EmailConfirmations.Where(c => c.UserId == account.UserId && c.ClosedAt == null)
                .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (account is null || confirmation is null)
        {
            throw Invalid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var confirmed = confirmation.TryConfirm(request.Code, now, policy.MaxAttempts);
        try
        {
            // The guess is counted (and the code used up) first: a concurrent guess at the same code conflicts on
            // the attempt count, so a code never confirms twice and guesses in parallel never exceed the limit.
            await db.SaveChangesAsync(cancellationToken);
            if (!confirmed)
            {
                await transaction.CommitAsync(cancellationToken);
                throw Invalid();
            }

            await identity.ConfirmEmailAsync(account.UserId, cancellationToken);
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
            if (customer is null)
            {
                db.Customers.Add(new Customer(account.FullName, email, account.UserId, now));
            }
            else
            {
                // The orders the shop imported under this email are the confirmed owner's now.
                customer.LinkAccount(account.UserId, account.FullName);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Unit.Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Invalid();
        }
    }

    public static BadRequestException Invalid() => new(AccountErrorCodes.ConfirmationInvalid,
        "The code is not valid: it may be wrong, expired or used already. Ask for a new one with POST /api/auth/resend-confirmation.");
}
