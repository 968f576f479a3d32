namespace SupportDesk.Application.Customers.Commands.ResendConfirmation;

/// <summary>A new confirmation code for an account not confirmed yet, superseding the earlier ones. The answer is
/// the same whatever the email; sign-up emails to one address are limited per hour.</summary>
public sealed record ResendConfirmationCommand(string Email) : IRequest<Unit>;

public sealed class ResendConfirmationHandler(IApplicationDbContext db, IIdentityService identity, SignUpEmails signUp, TimeProvider clock)
    : IRequestHandler<ResendConfirmationCommand, Unit>
{
    public async Task<Unit> Handle(ResendConfirmationCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await identity.FindAccountAsync(email, cancellationToken);
        if (account is { EmailConfirmed: false } && await signUp.MaySendAsync(db, email, now, cancellationToken))
        {
            await signUp.SendCodeAsync(db, account.UserId, email, account.FullName, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
