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

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Customer, CustomerDto>();
    }
}
