using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace SupportDesk.Application.Customers.Queries.GetCustomer;

/// <summary>A customer's profile, for the staff: managers, and agents looking at the customer of a ticket (read only).</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Agent}")]
public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>;

public sealed class GetCustomerHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().Where(c => c.Id == request.Id)
            .ProjectTo<CustomerDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Customer", request.Id);
}
