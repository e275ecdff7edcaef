using System.Diagnostics.CodeAnalysis;

namespace Ontwikkelagenda.Contracts.Values;

/// <summary>A well-formed code (BRIN, CBS code) that exists only when its text passed the check.</summary>
public interface ICode<TSelf> where TSelf : struct, ICode<TSelf>
{
    string Value { get; }

    static abstract bool TryParse([NotNullWhen(true)] string? text, out TSelf code);
}
