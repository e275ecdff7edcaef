using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>
/// Every KPI family of one municipality, SWV or school as a view without case rights may show it. Procurement
/// counts providers and schools, not children, so it stays as Agenda.Api gives it.
/// </summary>
public sealed record BeschermdeDetail(
    DateOnly Peildatum,
    BeschermdeThuiszitters Thuiszitters,
    BeschermdeJaartelling Jaartelling,
    InkoopCijfers Inkoop,
    BeschermdeEed Eed,
    BeschermdeRegie Regie,
    BeschermdeTrajecten Trajecten,
    IReadOnlyList<BeschermdeDoelStand> Doelen);
