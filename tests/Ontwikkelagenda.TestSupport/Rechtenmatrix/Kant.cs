namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>Whether the caller acts for the organisation the request is about, or for another of the same kind.</summary>
public enum Kant
{
    Eigen,
    Andere,
}
