using FluentValidation;

namespace SupportDesk.Application.ServiceLevels.Commands.RecordSlaBreaches;

public sealed class RecordSlaBreachesValidator : AbstractValidator<RecordSlaBreachesCommand>
{
    public RecordSlaBreachesValidator() =>
        RuleFor(c => c.BatchSize).InclusiveBetween(1, RecordSlaBreachesCommand.MaxBatchSize);
}
