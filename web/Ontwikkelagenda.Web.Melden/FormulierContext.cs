namespace Ontwikkelagenda.Web.Melden;

/// <summary>What a form gives its fields (as a cascading value): its name, for unique input ids, and its field errors.</summary>
public sealed record FormulierContext(string Naam, Veldfouten Veldfouten)
{
    public string InputId(string veld) => $"{Naam}-{veld.Replace('.', '-')}";

    public string FoutId(string veld) => $"{InputId(veld)}-fout";
}
