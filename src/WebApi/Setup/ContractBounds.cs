using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SupportDesk.Application.Common.Validation;
using SupportDesk.WebApi.Contracts;

namespace SupportDesk.WebApi.Setup;

/// <summary>
/// Writes into the OpenAPI document the bounds the use cases' validators enforce (maxLength, minLength, minimum,
/// maximum, maxItems, minItems, email format), read from the validators themselves: the document cannot drift from
/// what the server refuses. A request body's schema takes the rules of its own type, or of the use case request named
/// by <see cref="ValidatedAsAttribute"/>; an operation's query parameters those of the query its action names.
/// </summary>
internal static class ContractBounds
{
    public static Task ApplyToSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var validated = type.GetCustomAttribute<ValidatedAsAttribute>()?.Request ?? type;
        if (schema.Properties is { Count: > 0 } properties && Descriptor(context.ApplicationServices, validated) is { } descriptor)
        {
            foreach (var (name, property) in properties)
            {
                if (property is OpenApiSchema target)
                {
                    Apply(descriptor, name, target);
                }
            }
        }

        return Task.CompletedTask;
    }

    public static Task ApplyToOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action
            && action.MethodInfo.GetCustomAttribute<ValidatedAsAttribute>() is { } validatedAs
            && Descriptor(context.ApplicationServices, validatedAs.Request) is { } descriptor)
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
            {
                if (parameter.Schema is OpenApiSchema schema)
                {
                    Apply(descriptor, parameter.Name!, schema);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static IValidatorDescriptor? Descriptor(IServiceProvider services, Type validated)
    {
        using var scope = services.CreateScope();
        var validator = scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(validated)) as IValidator;
        return validator?.CreateDescriptor();
    }

    private static void Apply(IValidatorDescriptor descriptor, string jsonName, OpenApiSchema schema)
    {
        var member = char.ToUpperInvariant(jsonName[0]) + jsonName[1..];
        // Rules for each item of a list (RuleForEach) bound the item's own schema, not the list.
        var validators = descriptor.GetRulesForMember(member)
            .Where(rule => !IsForEachItem(rule))
            .SelectMany(rule => rule.Components)
            .Select(component => component.Validator);
        var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true || schema.Items is not null ? schema : Single(schema);
        foreach (var validator in validators)
        {
            switch (validator)
            {
                case IMaxItemsValidator max:
                    target.MaxItems = max.MaxItems;
                    break;
                case ILengthValidator length:
                    if (length.Max > 0)
                    {
                        target.MaxLength = length.Max;
                    }

                    if (length.Min > 0)
                    {
                        target.MinLength = Math.Max(target.MinLength ?? 0, length.Min);
                    }

                    break;
                case INotEmptyValidator when target.Type?.HasFlag(JsonSchemaType.Array) == true:
                    target.MinItems = Math.Max(target.MinItems ?? 0, 1);
                    break;
                case INotEmptyValidator when target.Type?.HasFlag(JsonSchemaType.String) == true && target.Format is null:
                    target.MinLength = Math.Max(target.MinLength ?? 0, 1);
                    break;
                case IEmailValidator:
                    target.Format = "email";
                    break;
                case IBetweenValidator between:
                    target.Minimum = Number(between.From);
                    target.Maximum = Number(between.To);
                    break;
                case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual, ValueToCompare: { } minimum }:
                    target.Minimum = Number(minimum);
                    break;
                case IComparisonValidator { Comparison: Comparison.LessThanOrEqual, ValueToCompare: { } maximum }:
                    target.Maximum = Number(maximum);
                    break;
            }
        }
    }

    private static bool IsForEachItem(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>A nullable value is written as <c>oneOf</c> or with a type union; the bounds go where the value's type is.</summary>
    private static OpenApiSchema Single(OpenApiSchema schema) =>
        schema.OneOf?.OfType<OpenApiSchema>().FirstOrDefault(s => s.Type is { } t && t != JsonSchemaType.Null) ?? schema;

    private static string? Number(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
