namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Status against the Thuiszitterspact target: no case longer than three months.</summary>
public enum ThuiszitterStatus
{
    OpKoers,
    Achter,
}
