namespace SupportDesk.Application.Common.Validation;

public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}
