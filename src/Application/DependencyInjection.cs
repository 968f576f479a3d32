using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Common.Behaviours;

namespace SupportDesk.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();
        services.AddAutoMapper(_ => { }, assembly);
        services.AddValidatorsFromAssembly(assembly, includeInternalTypes: true);

        // MediatR 5.1.0 is wired by hand (docs/decisions/0001-mediatr-5.md): the mediator resolves handlers through ServiceFactory.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<CurrentActor>();
        services.AddMemoryCache();
        services.AddSingleton<Tickets.Queries.GetTickets.LargeCounts>();
        services.AddSingleton<Events.IntegrationEventFactory>();
        services.AddSingleton<Emails.CustomerEmails>();
        services.AddSingleton<Emails.TicketEmails>();
        services.AddSingleton<Customers.SignUpEmails>();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            foreach (var handler in type.GetInterfaces().Where(i =>
                         i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            {
                services.AddScoped(handler, type);
            }
        }

        // Order matters: logging sees every outcome, authorization runs before validation (a stranger learns nothing
        // about the shape of a request they may not send).
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(QueryConnectionBehaviour<,>));
        return services;
    }
}
