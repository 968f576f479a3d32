using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupportDesk.Infrastructure.Events;

namespace SupportDesk.Infrastructure.Data.Configurations;

internal sealed class EventSequenceConfiguration : IEntityTypeConfiguration<EventSequence>
{
    public void Configure(EntityTypeBuilder<EventSequence> builder)
    {
        builder.ToTable("EventSequence");
        builder.Property(s => s.Id).ValueGeneratedNever();
        // The one row the sequencer locks; created with the table.
        builder.HasData(new EventSequence { Id = EventSequence.SingleRowId, LastPosition = 0 });
    }
}
