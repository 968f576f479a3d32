using AutoMapper;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Queries;

public sealed record CustomerDto
{
    public Guid Id { get; init; }

    public string FullName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public bool HasAccount { get; init; }

    /// <summary>A copy of the entity, so AutoMapper maps it, in queries (ProjectTo) and commands (Map) alike; reads that
    /// shape their SQL are projected by hand instead (docs/decisions/0006-mapping-reads.md).</summary>
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Customer, CustomerDto>();
    }
}
