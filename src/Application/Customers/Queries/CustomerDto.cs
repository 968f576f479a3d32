using AutoMapper;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Queries;

/// <summary>A customer of the shop.</summary>
public sealed record CustomerDto
{
    /// <summary>The customer id.</summary>
    public Guid Id { get; init; }

    /// <summary>The customer's name.</summary>
    public string FullName { get; init; } = string.Empty;

    /// <summary>The customer's email.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>Whether the customer has registered (false for a customer known only from imported orders).</summary>
    public bool HasAccount { get; init; }

    /// <summary>A copy of the entity, so AutoMapper maps it, in queries (ProjectTo) and commands (Map) alike; reads that
    /// shape their SQL are projected by hand instead (docs/decisions/0006-mapping-reads.md).</summary>
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Customer, CustomerDto>();
    }
}
