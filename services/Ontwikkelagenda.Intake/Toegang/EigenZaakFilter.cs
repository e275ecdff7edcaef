using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Toegang;

/// <summary>
/// The routes under <c>/{id}</c> answer only the organisation the stored thing belongs to: another organisation gets
/// 403 before anything is read out or written. An id that is no UUID or names nothing goes on to the endpoint, which
/// answers 400 or 404 as before. A resend of a melding the caller's organisation sent about this thing goes on too: the
/// endpoint answers what it answered then, also when that melding moved the thing to another organisation (a transfer
/// whose answer was lost on the way).
/// </summary>
public static class EigenZaakFilter
{
    /// <param name="soort">The stored kind (<c>Entiteit.Soort</c>) the ids name.</param>
    /// <param name="isVan">Whether the stored state belongs to the caller's organisation.</param>
    /// <param name="wat">What the id names, in Dutch ("deze thuiszitterszaak"), for the 403's detail.</param>
    public static RouteGroupBuilder AlleenEigen<TStaat>(this RouteGroupBuilder groep, string soort, Func<TStaat, Aanroeper, bool> isVan, string wat) =>
        groep.AlleenEigen(async (services, id, aanroeper, cancellationToken) =>
            await services.GetRequiredService<IntakeStore>().Vind<TStaat>(id, soort, cancellationToken) is { } entiteit
                ? isVan(entiteit.Staat, aanroeper)
                : null, wat);

    /// <param name="isVan">
    /// Whether the thing with this id belongs to the caller's organisation; null when there is no such thing (the
    /// endpoint answers 404).
    /// </param>
    /// <param name="wat">What the id names, in Dutch ("dit traject"), for the 403's detail.</param>
    public static RouteGroupBuilder AlleenEigen(this RouteGroupBuilder groep,
        Func<IServiceProvider, Guid, Aanroeper, CancellationToken, Task<bool?>> isVan, string wat)
    {
        groep.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues["id"] is string id && IntakeHttp.TryParseId(id, out var guid))
            {
                var aanroeper = Aanroeper.Van(http.User);
                if (await isVan(http.RequestServices, guid, aanroeper, http.RequestAborted) == false
                    && !await IsEigenHerhaling(http, guid, aanroeper))
                    return NlProblems.Forbidden($"U werkt namens {aanroeper}; {wat} hoort bij een andere organisatie.");
            }
            return await next(context);
        });
        return groep;
    }

    /// <summary>Whether the body's meldingId names a melding about <paramref name="id"/> that the caller's organisation sent.</summary>
    private static async Task<bool> IsEigenHerhaling(HttpContext http, Guid id, Aanroeper aanroeper)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasJsonContentType()) return false;
        // The endpoint reads the body again.
        http.Request.EnableBuffering();
        JsonElement? body;
        try
        {
            body = await IntakeHttp.ReadJsonAsync(http.Request, http.RequestAborted);
        }
        finally
        {
            http.Request.Body.Position = 0;
        }
        return body is { } verzoek && IntakeHttp.MeldingId(verzoek) is { } meldingId
            && await http.RequestServices.GetRequiredService<IntakeStore>().Melding(meldingId, http.RequestAborted) is { } melding
            && melding.EntiteitId == id && melding.Afzender == aanroeper.Organisatie;
    }
}
