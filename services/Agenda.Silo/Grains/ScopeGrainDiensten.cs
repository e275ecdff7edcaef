using Agenda.Domein.Data;
using Agenda.Silo.EventStore;
using Microsoft.Extensions.Options;

namespace Agenda.Silo.Grains;

/// <summary>What every scope grain is built with, in one piece so the four grains pass it on unchanged.</summary>
public sealed record ScopeGrainDiensten(IEventStore EventStore, DomeinData Data, TimeProvider Time, IOptions<ScopeGrainOptions> Options, ILogger<ScopeGrain> Logger);
