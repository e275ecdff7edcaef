using System.Net;
using System.Text.RegularExpressions;

namespace Identity.Api.Tests;

/// <summary>What a browser does on the login page: read the form (with its antiforgery token) and post it.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string gebruikersnaam, string wachtwoord, string loginUrl = "/inloggen")
    {
        var page = await browser.GetStringAsync(loginUrl, TestContext.Current.CancellationToken);
        return await PostPageAsync(browser, "/inloggen", page, new Dictionary<string, string>
        {
            ["gebruikersnaam"] = gebruikersnaam,
            ["wachtwoord"] = wachtwoord,
        });
    }

    /// <summary>Posts the form of <paramref name="page"/>: its hidden fields (antiforgery token included) and <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient browser, string action, string page, Dictionary<string, string> fields)
    {
        foreach (Match hidden in HiddenField().Matches(page))
        {
            fields[hidden.Groups["name"].Value] = WebUtility.HtmlDecode(hidden.Groups["value"].Value);
        }

        return await browser.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}
