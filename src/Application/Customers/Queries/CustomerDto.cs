using AutoMapper;
using SupportDesk.Domain.Customers;

namespace SupportDesk.Application.Customers.Queries;

public sealed record CustomerDto
{
    public Guid Id { get; init; }

    public string FullName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public bool HasAccount { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Customer, CustomerDto>();
    }
}
