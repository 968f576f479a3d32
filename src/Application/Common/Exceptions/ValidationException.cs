using FluentValidation.Results;

namespace SupportDesk.Application.Common.Exceptions;

/// <summary>The request's shape is wrong: field → messages. Nothing was changed.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException()
        : base("One or more validation failures have occurred.")
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this()
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string field, string message)
        : this()
    {
        Errors = new Dictionary<string, string[]> { [field] = [message] };
    }

    public IDictionary<string, string[]> Errors { get; }
}
