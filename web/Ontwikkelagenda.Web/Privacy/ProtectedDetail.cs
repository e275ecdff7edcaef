using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Every KPI family of one municipality, SWV or school as a view without case rights may show it. Procurement
/// counts providers and schools, not children, so it stays as Agenda.Api gives it.
/// </summary>
public sealed record ProtectedDetail(
    DateOnly Peildatum,
    ProtectedThuiszitters Thuiszitters,
    ProtectedJaartelling Jaartelling,
    InkoopCijfers Inkoop,
    ProtectedEed Eed,
    ProtectedRegie Regie,
    ProtectedTrajecten Trajecten,
    IReadOnlyList<BeschermdeDoelStand> Doelen);
