using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Intake.Client;

/// <summary>
/// Refit settings for the intake clients: Dutch lowerCamelCase JSON as the services read it, and empty values left out,
/// so a correction carries only the fields of what it corrects and a missing field is reported as missing.
/// </summary>
public static class IntakeRefit
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RefitSettings Settings() => new(new SystemTextJsonContentSerializer(Json));
}
