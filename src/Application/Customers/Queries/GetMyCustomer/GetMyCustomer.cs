using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace SupportDesk.Application.Customers.Queries.GetMyCustomer;

[Authorize(Roles = Roles.Customer)]
public sealed record GetMyCustomerQuery : IRequest<CustomerDto>;

public sealed class GetMyCustomerHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper)
    : IRequestHandler<GetMyCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetMyCustomerQuery request, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking()
            .Where(c => c.UserId == user.UserId)
            .ProjectTo<CustomerDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Customer", "me");
}
