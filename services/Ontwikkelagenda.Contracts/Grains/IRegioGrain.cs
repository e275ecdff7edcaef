namespace Ontwikkelagenda.Contracts.Grains;

/// <summary>The whole region 22.01, keyed by <see cref="Key"/>: every case of its four municipalities.</summary>
public interface IRegioGrain : IThuiszitterScopeGrain
{
    public const string Key = "22.01";
}
