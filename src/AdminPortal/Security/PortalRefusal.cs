namespace SupportDesk.AdminPortal.Security;

/// <summary>Why an account with a correct password still may not use the portal.</summary>
public enum PortalRefusal
{
    /// <summary>Customers and the shop's integration account use the API, not the portal.</summary>
    NotStaff,

    /// <summary>A removed agent is kept for history but never signs in again.</summary>
    AgentRemoved,
}
