using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Contracts.Events;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Agenda.Contracts.Serialisatie;

/// <summary>
/// How Orleans carries the plain contracts (events, values, figures, register records) that grain methods take and
/// return: as JSON with the options the bus uses, so the same converters apply (codes, enum names). The silo and
/// Agenda.Api's client both call <see cref="AddContractsJson"/>. An argument typed by an interface
/// (<c>Apply(IAgendaEvent)</c>) arrives as its concrete event: Orleans writes the runtime type beside the JSON.
/// Inside one silo a call passes the same instance (<see cref="OnveranderlijkeContracten"/>), not a JSON round trip.
/// </summary>
public static class ContractsJson
{
    public static IServiceCollection AddContractsJson(this IServiceCollection services) =>
        services.AddSerializer(serializer =>
        {
            // Serialised as JSON; not copied by the JSON codec (no isCopyable), so the copier below takes them.
            serializer.AddJsonSerializer(IsContract, isCopyable: null,
                options => options.Configure(o => o.SerializerOptions = new JsonSerializerOptions(JsonSerializerOptions.Web)));
            serializer.Services.AddSingleton<IGeneralizedCopier, OnveranderlijkeContracten>();
        });

    /// <summary>Every type of the plain contracts assembly; Orleans' own codecs keep the rest (lists, dates, ids).</summary>
    public static bool IsContract(Type type) => type.Assembly == typeof(IAgendaEvent).Assembly;

    /// <summary>
    /// The contracts are immutable records (init-only values, read-only lists), so a copy for a call inside the silo can
    /// be the instance itself. They carry no Orleans <c>[Immutable]</c> attribute: the contracts assembly knows no Orleans.
    /// </summary>
    private sealed class OnveranderlijkeContracten : IGeneralizedCopier, IOptionalDeepCopier
    {
        public bool IsSupportedType(Type type) => IsContract(type);

        public object? DeepCopy(object? input, CopyContext context) => input;

        public bool IsShallowCopyable() => true;
    }
}
