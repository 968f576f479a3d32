using FluentValidation;
using SupportDesk.Application.Common.Validation;

namespace SupportDesk.Application.Demo.Commands.SeedDemoData;

public sealed class SeedDemoDataValidator : AbstractValidator<SeedDemoDataCommand>
{
    public SeedDemoDataValidator() => RuleFor(c => c.Password).ValidPassword();
}
