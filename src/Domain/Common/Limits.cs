namespace SupportDesk.Domain.Common;

/// <summary>Column sizes shared by the domain guards, the validators and the database configuration.</summary>
public static class Limits
{
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int OrderNumberLength = 64;
    public const int SkuLength = 64;
    public const int ProductNameLength = 200;
    public const int DescriptionLength = 4000;
    public const int ResolutionNoteLength = 4000;
    public const int TicketNumberLength = 16;
    public const int ActorLength = 200;
    public const int EventDetailLength = 500;
    public const int MaxOrderLines = 200;
    public const int MaxLineQuantity = 100_000;
}
