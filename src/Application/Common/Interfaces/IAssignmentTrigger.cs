namespace SupportDesk.Application.Common.Interfaces;

/// <summary>
/// Asks for an assignment run as soon as possible (the Quartz assignment job in Infrastructure). Called after a
/// change that can let a waiting ticket meet a free agent: a ticket opened or resolved, an agent added or back.
/// Never blocks the caller; the periodic sweep covers a request lost with a crashed process.
/// </summary>
public interface IAssignmentTrigger
{
    Task RequestAssignmentAsync(CancellationToken cancellationToken);
}
