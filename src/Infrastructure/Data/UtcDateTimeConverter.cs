using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SupportDesk.Infrastructure.Data;

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toProvider => toProvider.Kind == DateTimeKind.Utc ? toProvider : toProvider.ToUniversalTime(),
    fromProvider => DateTime.SpecifyKind(fromProvider, DateTimeKind.Utc));
