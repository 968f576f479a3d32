using AutoMapper;
using AutoMapper.QueryableExtensions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Application.Common.Interfaces;
using SupportDesk.Application.Common.Security;

namespace SupportDesk.Application.Customers.Queries.GetCustomer;

[Authorize(Roles = Roles.Manager)]
public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>;

public sealed class GetCustomerHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().Where(c => c.Id == request.Id)
            .ProjectTo<CustomerDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Customer", request.Id);
}
