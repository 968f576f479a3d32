using SupportDesk.Domain.Common;

namespace SupportDesk.Infrastructure.Events;

/// <summary>What the outbox interceptors know about one context's save in progress.</summary>
internal sealed class OutboxState
{
    /// <summary>The entities whose raised events the current save writes.</summary>
    public List<Entity>? Raising { get; set; }

    /// <summary>The transaction the outbox began because the caller had none; committed by the outbox.</summary>
    public IDbContextTransaction? OwnTransaction { get; set; }

    /// <summary>True while the outbox writes its rows (its own save must not start another round).</summary>
    public bool Writing { get; set; }

    /// <summary>Events were written in the open transaction: its commit asks for a sequencer run.</summary>
    public bool WroteEvents { get; set; }

    /// <summary>The save in progress adds emails to the outbox.</summary>
    public bool AddingEmails { get; set; }

    /// <summary>Emails were written in the open transaction: its commit asks for an email run.</summary>
    public bool WroteEmails { get; set; }

    public void Reset()
    {
        AddingEmails = false;
        WroteEmails = false;
        Raising = null;
        OwnTransaction = null;
        Writing = false;
        WroteEvents = false;
    }
}
