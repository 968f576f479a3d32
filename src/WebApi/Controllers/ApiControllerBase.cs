using MediatR;

namespace SupportDesk.WebApi.Controllers;

/// <summary>Controllers translate HTTP to use cases and back; nothing else.</summary>
[ApiController]
[Produces("application/json")]
public abstract class ApiControllerBase : ControllerBase
{
    private IMediator? _sender;

    /// <summary>Sends the use case's command or query (MediatR).</summary>
    protected IMediator Sender => _sender ??= HttpContext.RequestServices.GetRequiredService<IMediator>();
}
