using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Contracts.Events;
using Orleans.Serialization;

namespace Agenda.Contracts.Serialisatie;

/// <summary>
/// How Orleans carries the plain contracts (events, values, figures, register records) that grain methods take and
/// return: as JSON with the options the bus uses, so the same converters apply (codes, enum names). The silo and
/// Agenda.Api's client both call <see cref="AddContractsJson"/>. An argument typed by an interface
/// (<c>Apply(IAgendaEvent)</c>) arrives as its concrete event: Orleans writes the runtime type beside the JSON.
/// </summary>
public static class ContractsJson
{
    public static IServiceCollection AddContractsJson(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(IsContract, new JsonSerializerOptions(JsonSerializerOptions.Web)));

    /// <summary>Every type of the plain contracts assembly; Orleans' own codecs keep the rest (lists, dates, ids).</summary>
    public static bool IsContract(Type type) => type.Assembly == typeof(IAgendaEvent).Assembly;
}
