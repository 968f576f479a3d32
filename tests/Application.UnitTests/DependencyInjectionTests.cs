using AutoMapper;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SupportDesk.Application.Common.Behaviours;
using SupportDesk.Application.Common.Security;
using SupportDesk.Application.Tickets.Commands.OpenTicket;
using SupportDesk.Application.Tickets.Queries;
using SupportDesk.Domain.Tickets;
using ValidationException = SupportDesk.Application.Common.Exceptions.ValidationException;

namespace SupportDesk.Application.UnitTests;

/// <summary>AddApplicationServices wires the mediator, every handler, the validators, the mapper and the pipeline;
/// the hosts provide the edges (database, identity, current user, assignment trigger, clock, logging, the configured
/// return policy).</summary>
public class DependencyInjectionTests
{
    private Mock<IApplicationDbContext> _db = null!;
    private Mock<ICurrentUser> _user = null!;
    private ServiceProvider _provider = null!;

    [SetUp]
    public void Wire()
    {
        _db = new Mock<IApplicationDbContext>(MockBehavior.Strict);
        _user = new Mock<ICurrentUser>();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FixedClock())
            .AddSingleton(_db.Object)
            .AddSingleton(_user.Object)
            .AddSingleton(Mock.Of<IIdentityService>())
            .AddSingleton(Mock.Of<IAssignmentTrigger>())
            .AddSingleton(Mock.Of<IOrderLineLocks>())
            .AddSingleton(Mock.Of<ITicketLocks>())
            .AddSingleton(Mock.Of<IAgentLocks>())
            .AddSingleton(Mock.Of<IAttachmentStore>())
            .AddSingleton(Mock.Of<IWebhookAddressPolicy>())
            .AddSingleton(Mock.Of<IWebhookSecrets>())
            .AddSingleton(Mock.Of<IWebhookDeliveryTrigger>())
            .AddSingleton(Mock.Of<IEmailSending>())
            .AddSingleton(Mock.Of<IDeskMetrics>())
            .AddSingleton(SupportDesk.Domain.Customers.SignUpPolicy.Default)
            .AddSingleton(ReturnPolicy.Default)
            .AddSingleton(QueuePolicy.Default)
            .AddSingleton(ServiceLevelPolicy.Default);
        services.AddApplicationServices();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [TearDown]
    public void Dispose() => _provider.Dispose();

    [Test]
    public void The_mediator_resolves()
    {
        using var scope = _provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetService<IMediator>(), Is.Not.Null);
    }

    [Test]
    public void A_handler_resolves()
    {
        using var scope = _provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetService<IRequestHandler<OpenTicketCommand, TicketDto>>(),
            Is.InstanceOf<OpenTicketHandler>());
    }

    [Test]
    public void Every_handler_of_the_application_resolves()
    {
        var handlerInterfaces = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .ToList();
        using var scope = _provider.CreateScope();

        Assert.That(handlerInterfaces, Is.Not.Empty);
        Assert.That(handlerInterfaces.Select(i => scope.ServiceProvider.GetService(i)), Has.All.Not.Null);
    }

    [Test]
    public void Every_validator_of_the_application_resolves()
    {
        var validated = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToList();
        using var scope = _provider.CreateScope();

        Assert.That(validated, Is.Not.Empty);
        Assert.That(validated.Select(r => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(r))),
            Has.All.Not.Null);
    }

    [Test]
    public void The_mapper_resolves()
    {
        Assert.That(_provider.GetService<IMapper>(), Is.Not.Null);
    }

    [Test]
    public void The_pipeline_runs_logging_then_authorization_then_validation_then_the_query_s_connection()
    {
        using var scope = _provider.CreateScope();

        var behaviours = scope.ServiceProvider.GetServices<IPipelineBehavior<OpenTicketCommand, TicketDto>>();

        Assert.That(behaviours.Select(b => b.GetType().GetGenericTypeDefinition()), Is.EqualTo(new[]
        {
            typeof(LoggingBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(QueryConnectionBehaviour<,>),
        }));
    }

    [Test]
    public void A_stranger_is_refused_before_the_request_is_validated()
    {
        using var scope = _provider.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            mediator.Send(new OpenTicketCommand(Guid.Empty, Guid.Empty, 0, ReturnReason.Other, "")));
    }

    [Test]
    public void A_malformed_request_from_a_customer_never_reaches_the_handler()
    {
        _user.SetupGet(u => u.UserId).Returns("user-1");
        _user.Setup(u => u.IsInRole(Roles.Customer)).Returns(true);
        using var scope = _provider.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var ex = Assert.ThrowsAsync<ValidationException>(() =>
            mediator.Send(new OpenTicketCommand(Guid.NewGuid(), Guid.NewGuid(), 0, ReturnReason.Other, "Broken.")));

        Assert.That(ex.Errors.Keys, Is.EquivalentTo(new[] { nameof(OpenTicketCommand.Quantity) }));
        _db.VerifyNoOtherCalls();
    }

    [Test]
    public void Handlers_and_behaviours_live_per_scope()
    {
        var services = new ServiceCollection();
        services.AddApplicationServices();

        var lifetimes = services
            .Where(d => d.ServiceType == typeof(IMediator) || d.ServiceType == typeof(IPipelineBehavior<,>)
                || (d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .Select(d => d.Lifetime)
            .Distinct();

        Assert.That(lifetimes, Is.EqualTo(new[] { ServiceLifetime.Scoped }));
    }
}
