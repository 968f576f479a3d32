using System.Reflection;
using FluentValidation.Results;
using SupportDesk.Application.Common.Exceptions;
using SupportDesk.Domain.Common;

namespace SupportDesk.Tests.Shared;

/// <summary>
/// One instance of every exception type the domain and the use cases declare, plus the framework's
/// <see cref="UnauthorizedAccessException"/> they throw for a caller without an account: what the hosts' tables are
/// checked against. A new exception type is picked up here without anyone listing it.
/// </summary>
public static class RefusalSamples
{
    /// <summary>The samples as test cases, named after their type.</summary>
    public static IEnumerable<TestCaseData> Cases() => All().Select(e => new TestCaseData(e).SetArgDisplayNames(e.GetType().Name));

    public static IEnumerable<Exception> All()
    {
        var declared = new[] { typeof(DomainException).Assembly, typeof(RefusalStatus).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(Exception).IsAssignableFrom(type) && type is { IsAbstract: false, IsPublic: true })
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in declared)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            yield return (Exception)constructor.Invoke(constructor.GetParameters().Select(Sample).ToArray());
        }

        yield return new UnauthorizedAccessException();
    }

    private static object? Sample(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => "sample",
        var t when t == typeof(object) => Guid.Empty,
        var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
        var t when t.IsAssignableFrom(typeof(List<ValidationFailure>)) => new List<ValidationFailure> { new("Field", "Is wrong.") },
        var t when t.IsValueType => Activator.CreateInstance(t),
        var t => throw new NotSupportedException($"No sample for a {t.Name} parameter; add one."),
    };
}
