namespace SupportDesk.Application.Common.Validation;

/// <summary>A rule that bounds how many items a list may hold; readable by the API's contract (OpenAPI maxItems).</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}
