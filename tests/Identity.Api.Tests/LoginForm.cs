using System.Net;
using System.Text.RegularExpressions;

namespace Identity.Api.Tests;

/// <summary>What a browser does on the login page: read the form (with its antiforgery token) and post it.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string gebruikersnaam, string wachtwoord, string loginUrl = "/inloggen")
    {
        var page = await browser.GetStringAsync(loginUrl, TestContext.Current.CancellationToken);
        var fields = new Dictionary<string, string>
        {
            ["gebruikersnaam"] = gebruikersnaam,
            ["wachtwoord"] = wachtwoord,
        };
        foreach (Match hidden in HiddenField().Matches(page))
        {
            fields[hidden.Groups["name"].Value] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }

        return await browser.PostAsync("/inloggen", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}
