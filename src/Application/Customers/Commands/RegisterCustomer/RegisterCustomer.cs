using AutoMapper;
using SupportDesk.Application.Common.Persistence;
using SupportDesk.Application.Customers.Queries;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Commands.RegisterCustomer;

/// <summary>Anyone may register as a customer. An email the shop already pushed orders for is linked, not duplicated.</summary>
public sealed record RegisterCustomerCommand(string Email, string Password, string FullName) : IRequest<CustomerDto>;

public sealed class RegisterCustomerHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RegisterCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(RegisterCustomerCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (customer is { HasAccount: true })
        {
            throw Conflicts.AccountEmailTaken();
        }

        // The account and the customer are written in one transaction: no account without its customer.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var userId = await identity.CreateUserAsync(email, request.Password, request.FullName.Trim(), Roles.Customer, cancellationToken);
        if (customer is null)
        {
            customer = new Customer(request.FullName, email, userId, clock.GetUtcNow().UtcDateTime);
            db.Customers.Add(customer);
        }
        else
        {
            customer.LinkAccount(userId, request.FullName);
        }

        // The same email registered by a concurrent request: the unique index refuses ours.
        await db.SaveOrConflictAsync(changed: null, taken: Conflicts.AccountEmailTaken, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return mapper.Map<CustomerDto>(customer);
    }
}
