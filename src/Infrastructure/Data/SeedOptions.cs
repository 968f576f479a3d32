namespace SupportDesk.Infrastructure.Data;

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public bool Demo { get; set; }
}
