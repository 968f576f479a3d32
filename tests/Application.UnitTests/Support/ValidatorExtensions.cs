using FluentValidation;

namespace SupportDesk.Application.UnitTests.Support;

internal static class ValidatorExtensions
{
    /// <summary>The fields a request fails on, each once: a test states exactly which fields, so a rule that fails
    /// for the wrong field (or an extra one) is caught too.</summary>
    public static IReadOnlyList<string> FailingFields<T>(this IValidator<T> validator, T request) =>
        validator.Validate(request).Errors.Select(e => e.PropertyName).Distinct().ToList();
}
